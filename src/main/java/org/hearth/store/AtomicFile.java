package org.hearth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
