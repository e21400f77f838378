package org.hearth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either wholly there or not changed at all: the bytes go to a temporary file
 * beside it (same folder, so no data goes to the system temp folder), are forced to disk, and the file is
 * then moved into place.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".hearth-", ".part");
        try {
            DataFolder.ownerOnly(temp, false);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // ---- moving a file into place, on every system ----

    /** Moves a file; the file systems' own {@link Files#move}, or one that fails on command in tests. */
    interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    private static final Mover FILES = (from, to, options) -> Files.move(from, to, options);
    /** How often a move is tried while another program holds the file for a moment (Windows). */
    static final int ATTEMPTS = 6;

    /**
     * Moves {@code from} to {@code to}, replacing a file already there, in one step where the file system can
     * (a rename), else as a plain move. On Windows a file that another program holds open cannot be replaced or
     * moved, and virus scanners and the search indexer open a fresh file for a moment: the move is then tried again
     * a few times, for about one and a half seconds, before the failure is passed on with both files as they were.
     * A file Hearth itself holds open (the database) must be closed before it is moved; callers check that.
     */
    public static void replace(Path from, Path to) throws IOException {
        replace(from, to, FILES, AtomicFile::pause);
    }

    static void replace(Path from, Path to, Mover mover, java.util.function.IntConsumer pause) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                try {
                    mover.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    mover.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (FileSystemException e) {
                if (!heldByAnotherProgram(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                pause.accept(attempt);
            }
        }
    }

    /** Windows says "access denied" or "used by another process" (a plain FileSystemException) for a held file. */
    private static boolean heldByAnotherProgram(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- backups: large files written as a stream ----

    /** Writes what it is given into the stream. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Like {@link #write(Path, byte[])} for content too large to hold in memory: it goes to a temporary file beside
     * the target, is forced to disk and moved into place; if writing fails (a full disk, a drive pulled out) the
     * temporary file is removed and the file under the real name is the one that was there before, if any.
     */
    public static void write(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".hearth-", ".part");
        try {
            DataFolder.ownerOnly(temp, false);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream out = new java.io.BufferedOutputStream(
                        java.nio.channels.Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
