package org.hearth.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fails on command, for tests: an H2 file system ({@code failing:}) over the real one whose writes
 * throw an {@link IOException} ("No space left on device") once a chosen number of bytes has been written, as a
 * full or failing disk does. Reads go through. H2 makes a new instance per path, so the switch is shared.
 */
public final class FailingDisk extends FilePathWrapper {

    public static final String SCHEME = "failing";
    private static final long NEVER = Long.MAX_VALUE;
    private static final AtomicLong BYTES_LEFT = new AtomicLong(NEVER);
    private static final AtomicInteger FAILURES = new AtomicInteger();

    static {
        FilePath.register(new FailingDisk());
    }

    /** Makes sure the file system is known to H2. */
    public static void install() {
        // the static initialiser registers it
    }

    /** From now on, the disk takes this many more bytes and then fails every write. */
    public static void failAfter(long bytes) {
        BYTES_LEFT.set(bytes);
    }

    /** The disk works again. */
    public static void heal() {
        BYTES_LEFT.set(NEVER);
    }

    /** How many writes have failed since the last {@link #heal()} or start. */
    public static int failures() {
        return FAILURES.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FailingChannel(super.open(mode));
    }

    private static void take(int bytes) throws IOException {
        if (BYTES_LEFT.get() == NEVER) {
            return;
        }
        if (BYTES_LEFT.addAndGet(-bytes) < 0) {
            BYTES_LEFT.set(0);
            FAILURES.incrementAndGet();
            throw new IOException("No space left on device");
        }
    }

    private static final class FailingChannel extends ChannelOverDisk {

        FailingChannel(FileChannel base) {
            super(base);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            take(src.remaining());
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            take(src.remaining());
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            take(1);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            take(0);
            base.force(metaData);
        }
    }
}
