package org.hearth.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk whose power can be cut, for tests (H2 file system {@code powercut:}, as SQLite's crash tests do it). Like a
 * real disk's cache, it keeps only what was forced ({@link FileChannel#force}) for sure: every write since the last
 * force is pending. After a chosen number of writes and forces the power goes: that operation and every later one
 * fails, as in a process that no longer runs. {@link #afterTheCut} then leaves on the real disk what a disk might
 * hold after coming back: what was forced, plus any subset of the pending writes, each whole or not at all and in
 * any order (a disk reorders its cache). Reads see every write, as the operating system's cache does.
 */
public final class PowerCutDisk extends FilePathWrapper {

    public static final String SCHEME = "powercut";
    private static final long NEVER = Long.MAX_VALUE;
    private static final AtomicLong OPERATIONS_LEFT = new AtomicLong(NEVER);
    private static volatile boolean cut;
    private static final Map<String, FileState> FILES = new ConcurrentHashMap<>();

    static {
        FilePath.register(new PowerCutDisk());
    }

    /** Makes sure the file system is known to H2. */
    public static void install() {
        // the static initialiser registers it
    }

    /** Power on: the disk holds what the files hold now, and the power goes after this many writes and forces. */
    public static void powerOn(long operationsBeforeTheCut) {
        FILES.clear();
        cut = false;
        OPERATIONS_LEFT.set(operationsBeforeTheCut);
    }

    /** Whether the power has been cut. */
    public static boolean wasCut() {
        return cut;
    }

    /**
     * After the cut: each file that was written is replaced by what the disk holds when it comes back: the forced
     * bytes, plus a random subset of the writes that were pending. Returns how many pending writes were dropped.
     */
    public static int afterTheCut(Random random) throws IOException {
        cut = true;
        int dropped = 0;
        for (Map.Entry<String, FileState> file : FILES.entrySet()) {
            FileState state = file.getValue();
            synchronized (state) {
                byte[] image = state.durable;
                for (Write write : state.pending) {
                    if (random.nextBoolean()) {
                        image = write.applyTo(image);
                    } else {
                        dropped++;
                    }
                }
                Files.write(Path.of(file.getKey()), image);
            }
        }
        FILES.clear();
        OPERATIONS_LEFT.set(NEVER);
        return dropped;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String base = getBase().toString();
        String name = Path.of(base.startsWith("file:") ? base.substring("file:".length()) : base)
                .toAbsolutePath().toString();
        FileState state = FILES.computeIfAbsent(name, FileState::new);
        return new PowerCutChannel(super.open(mode), state);
    }

    private static void operation() throws IOException {
        if (cut) {
            throw new IOException("The power is off");
        }
        if (OPERATIONS_LEFT.get() != NEVER && OPERATIONS_LEFT.decrementAndGet() < 0) {
            cut = true;
            throw new IOException("The power is off");
        }
    }

    /** A write or a truncation that the disk may or may not have kept. */
    private record Write(long position, byte[] bytes, long truncateTo) {
        byte[] applyTo(byte[] image) {
            if (bytes == null) {
                return truncateTo < image.length ? Arrays.copyOf(image, (int) truncateTo) : image;
            }
            int end = (int) position + bytes.length;
            byte[] result = end > image.length ? Arrays.copyOf(image, end) : image;
            System.arraycopy(bytes, 0, result, (int) position, bytes.length);
            return result;
        }
    }

    /** What the disk holds for sure of one file, and what is still in its cache. */
    private static final class FileState {
        byte[] durable;
        final List<Write> pending = new ArrayList<>();

        FileState(String name) {
            try {
                Path path = Path.of(name);
                durable = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        synchronized void wrote(long position, byte[] bytes) {
            pending.add(new Write(position, bytes, -1));
        }

        synchronized void truncated(long size) {
            pending.add(new Write(0, null, size));
        }

        synchronized void forced() {
            for (Write write : pending) {
                durable = write.applyTo(durable);
            }
            pending.clear();
        }
    }

    private static final class PowerCutChannel extends ChannelOverDisk {
        private final FileState state;

        PowerCutChannel(FileChannel base, FileState state) {
            super(base);
            this.state = state;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, base.position(), true);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return write(src, position, false);
        }

        private int write(ByteBuffer src, long position, boolean advance) throws IOException {
            operation();
            byte[] bytes = new byte[src.remaining()];
            src.duplicate().get(bytes);
            int written = advance ? base.write(src) : base.write(src, position);
            state.wrote(position, Arrays.copyOf(bytes, written));
            return written;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            operation();
            base.truncate(size);
            state.truncated(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            operation();
            base.force(metaData);
            state.forced();
        }
    }
}
