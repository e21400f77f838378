package org.hearth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Putting a restored backup in place of the current data, as a journalled series of renames that a crash, a
 * power cut or a killed Hearth cannot leave half done. Before the first rename a journal ({@value #JOURNAL}) names
 * the folder the restored files wait in and the {@code replaced-<date-time>} folder the current ones go to; each
 * file is then moved aside before its restored twin takes its place. {@link #finishInterrupted} runs before every
 * opening: with a journal it completes the renames (the restored copy was proven to open before any of them), so
 * the folder never stays with a key file and no database, and never with the current data lost.
 */
public final class RestoreSwap {

    static final String JOURNAL = "restore-in-progress";
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /** The steps, in order; tests interrupt the swap after each one. */
    public enum Step {
        JOURNAL_WRITTEN, DATABASE_SET_ASIDE, KEY_SET_ASIDE, DATABASE_IN_PLACE, KEY_IN_PLACE, JOURNAL_REMOVED, CLEANED
    }

    private RestoreSwap() {
    }

    /**
     * Moves the restored database and key file from {@code staging} into the data folder, the current ones into a
     * new {@code replaced-<date-time>} folder (returned; none when the folder held no data). The database must be
     * closed. A failure on the way (a file another program holds) puts everything back as it was.
     */
    static Optional<Path> run(DataFolder data, Path staging, LocalDateTime now, Consumer<Step> afterStep)
            throws IOException {
        boolean hadData = Files.exists(data.databaseFile()) || Files.exists(data.keyFile());
        Path aside = null;
        if (hadData) {
            aside = data.path().resolve("replaced-" + ASIDE.format(now));
            for (int n = 2; Files.exists(aside); n++) {
                aside = data.path().resolve("replaced-" + ASIDE.format(now) + "-" + n);
            }
            Files.createDirectory(aside);
            DataFolder.ownerOnly(aside, true);
        }
        Path journal = data.path().resolve(JOURNAL);
        AtomicFile.write(journal, (staging.getFileName() + "\n" + (aside == null ? "" : aside.getFileName()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        syncFolder(data.path());
        afterStep.accept(Step.JOURNAL_WRITTEN);
        try {
            if (aside != null) {
                setAside(data.databaseFile(), aside);
                afterStep.accept(Step.DATABASE_SET_ASIDE);
                setAside(data.keyFile(), aside);
                afterStep.accept(Step.KEY_SET_ASIDE);
            }
            moveIn(staging.resolve(data.databaseFile().getFileName()), data.databaseFile());
            afterStep.accept(Step.DATABASE_IN_PLACE);
            moveIn(staging.resolve(data.keyFile().getFileName()), data.keyFile());
            afterStep.accept(Step.KEY_IN_PLACE);
        } catch (IOException | RuntimeException e) {
            putBack(data, staging, aside);
            throw e;
        }
        Files.delete(journal);
        syncFolder(data.path());
        afterStep.accept(Step.JOURNAL_REMOVED);
        BackupRestore.deleteTree(staging);
        afterStep.accept(Step.CLEANED);
        return Optional.ofNullable(aside);
    }

    /**
     * Completes a swap that was interrupted: every restored file still waiting is moved in (its current twin moved
     * aside first, if still there), then the journal and the waiting folder go. Quick and harmless when there is
     * nothing to do.
     */
    public static void finishInterrupted(DataFolder data) throws IOException {
        Path journal = data.path().resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        List<String> names = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Path staging = names.isEmpty() ? null : data.path().resolve(names.get(0));
        Path aside = names.size() < 2 || names.get(1).isBlank() ? null : data.path().resolve(names.get(1));
        if (staging != null && Files.isDirectory(staging)) {
            for (Path current : List.of(data.databaseFile(), data.keyFile())) {
                Path waiting = staging.resolve(current.getFileName());
                if (!Files.exists(waiting)) {
                    continue;   // already in place
                }
                if (Files.exists(current) && aside != null && !Files.exists(aside.resolve(current.getFileName()))) {
                    setAside(current, aside);
                }
                moveIn(waiting, current);
            }
        }
        Files.delete(journal);
        syncFolder(data.path());
        if (staging != null) {
            BackupRestore.deleteTree(staging);
        }
    }

    /** Undoes the renames done so far, newest first, and removes the journal. */
    private static void putBack(DataFolder data, Path staging, Path aside) throws IOException {
        for (Path current : List.of(data.keyFile(), data.databaseFile())) {
            Path waiting = staging.resolve(current.getFileName());
            if (!Files.exists(waiting) && Files.exists(current)) {
                moveIn(current, waiting);
            }
            if (aside != null && Files.exists(aside.resolve(current.getFileName()))) {
                moveIn(aside.resolve(current.getFileName()), current);
            }
        }
        Files.deleteIfExists(data.path().resolve(JOURNAL));
        if (aside != null) {
            Files.deleteIfExists(aside);
        }
        syncFolder(data.path());
    }

    private static void setAside(Path current, Path aside) throws IOException {
        if (Files.exists(current)) {
            moveIn(current, aside.resolve(current.getFileName()));
        }
    }

    private static void moveIn(Path from, Path to) throws IOException {
        AtomicFile.replace(from, to);
        DataFolder.ownerOnly(to, false);
        syncFolder(to.toAbsolutePath().getParent());
        syncFolder(from.toAbsolutePath().getParent());
    }

    /** Makes a rename durable where the platform allows forcing a folder (Linux, macOS; not Windows). */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its renames are journalled by NTFS
        }
    }
}
