package org.hearth.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;

/**
 * A file channel of a test disk ({@link FailingDisk}, {@link PowerCutDisk}) over the real one: everything goes
 * through to the real file; each disk changes what writing, truncating and forcing do.
 */
abstract class ChannelOverDisk extends FileBase {

    protected final FileChannel base;

    ChannelOverDisk(FileChannel base) {
        this.base = base;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return base.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        base.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return base.size();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return base.lock(position, size, shared);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return base.map(mode, position, size);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }
}
