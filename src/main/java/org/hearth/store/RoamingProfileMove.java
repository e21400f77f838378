package org.hearth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one-time move of the data folder out of the Windows roaming profile ({@code %APPDATA%\Hearth}, where earlier
 * versions kept it) to {@code %LOCALAPPDATA%\Hearth}: whole or not at all. The old folder is copied to a temporary
 * sibling of the target ({@value #MOVING_SUFFIX}), every file is compared byte for byte, a note naming the old
 * folder is put in the copy ({@value #MARKER}), the copy is renamed into place in one step, and only then is the old
 * folder deleted and the note removed. A move interrupted before the rename is undone at the next start (the copy
 * is thrown away and the move starts again); one interrupted after it is finished (the rest of the old folder is
 * deleted). A target that already holds Hearth's data is never overwritten: it is used, and the old folder is left
 * as it is, which {@link Outcome#KEPT_BOTH} says so the app can tell the worker.
 */
public final class RoamingProfileMove {

    static final String MARKER = ".moved-from-roaming-profile";
    static final String MOVING_SUFFIX = "-moving";

    /** What happened at this start. */
    public enum Outcome {
        /** No old folder with anything in it: nothing to move. */
        NOTHING_TO_MOVE,
        /** The old folder is now the new one (moved now, or an interrupted move finished). */
        MOVED,
        /** Both held data: the new one is used, the old one left untouched. */
        KEPT_BOTH,
        /** The old folder could not be moved this time (open in another Hearth, or the copy failed): it is used. */
        NOT_MOVED
    }

    /** The outcome, the folder to use from now on, and the old folder in the roaming profile. */
    public record Result(Outcome outcome, Path folder, Path roamingFolder) {
    }

    private RoamingProfileMove() {
    }

    /**
     * Moves {@code old} to {@code target} if it should, finishing or undoing a move an earlier start left. Two
     * Hearths started at once take turns: the second waits until the first is done and then finds nothing to move.
     */
    public static Result run(Path old, Path target) {
        Path lockFile = target.resolveSibling("." + target.getFileName() + "-move.lock");
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return moveOnce(old, target);
            } finally {
                removeQuietly(lockFile);
            }
        } catch (IOException | RuntimeException e) {
            // no place for the new folder (or its lock): nothing was moved
            return new Result(Outcome.NOT_MOVED, old, old);
        }
    }

    /** The lock file goes when it can; another start waiting on it may still hold it open (Windows). */
    private static void removeQuietly(Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // the start that holds it removes it
        }
    }

    private static Result moveOnce(Path old, Path target) {
        Path marker = target.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            finish(old, marker);
            return new Result(Outcome.MOVED, target, old);
        }
        Path moving = movingCopy(target);
        try {
            BackupRestore.deleteTree(moving);
            if (!holdsAnything(old)) {
                return new Result(Outcome.NOTHING_TO_MOVE, target, old);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (holdsHearthData(target) || !isEmptyFolder(target)) {
                    // a folder with something in it is never overwritten; without Hearth's data it is not Hearth's
                    return new Result(holdsHearthData(target) ? Outcome.KEPT_BOTH : Outcome.NOT_MOVED,
                            holdsHearthData(target) ? target : old, old);
                }
                Files.delete(target);
            }
            if (inUse(new DataFolder(old).databaseFile())) {
                return new Result(Outcome.NOT_MOVED, old, old);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            copyTree(old, moving);
            verifySame(old, moving);
            Files.writeString(moving.resolve(MARKER), old.toAbsolutePath().normalize().toString(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(moving, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                BackupRestore.deleteTree(moving);
            } catch (IOException again) {
                // thrown away at the next start
            }
            return new Result(Outcome.NOT_MOVED, old, old);
        }
        finish(old, marker);
        return new Result(Outcome.MOVED, target, old);
    }

    /** The temporary sibling of the target that the copy is made in. */
    static Path movingCopy(Path target) {
        return target.resolveSibling("." + target.getFileName() + MOVING_SUFFIX);
    }

    /** After the rename: the old folder goes, then the note. A failure is tried again at the next start. */
    private static void finish(Path old, Path marker) {
        try {
            String movedFrom = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (Path.of(movedFrom).normalize().equals(old.toAbsolutePath().normalize())) {
                BackupRestore.deleteTree(old);
            }
            Files.delete(marker);
        } catch (IOException | RuntimeException e) {
            // the note stays, so the next start deletes the rest of the old folder
        }
    }

    private static boolean holdsAnything(Path folder) throws IOException {
        return Files.isDirectory(folder) && !isEmptyFolder(folder);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean holdsHearthData(Path folder) {
        DataFolder data = new DataFolder(folder);
        return Files.exists(data.databaseFile()) || Files.exists(data.keyFile()) || Files.exists(data.settingsFile());
    }

    /** Whether another Hearth has the old database open: it must not be copied half-written. */
    private static boolean inUse(Path databaseFile) throws IOException {
        if (!Files.isRegularFile(databaseFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectory(to);
        DataFolder.ownerOnly(to, true);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                if (source.equals(from)) {
                    continue;
                }
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(copy);
                    DataFolder.ownerOnly(copy, true);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        force(to);
    }

    /** Every file of the old folder is in the copy with the same bytes, and the copy holds nothing else. */
    private static void verifySame(Path old, Path copy) throws IOException {
        List<Path> oldEntries = relativeEntries(old);
        if (!oldEntries.equals(relativeEntries(copy))) {
            throw new IOException("The copy of the data folder is not complete");
        }
        for (Path entry : oldEntries) {
            Path original = old.resolve(entry.toString());
            if (Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)
                    && Files.mismatch(original, copy.resolve(entry.toString())) != -1) {
                throw new IOException("A file of the data folder was not copied exactly");
            }
        }
    }

    private static List<Path> relativeEntries(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(folder::relativize).sorted().toList();
        }
    }

    /** Forces the copied files to disk before the rename makes them the data folder. */
    private static void force(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }
}
