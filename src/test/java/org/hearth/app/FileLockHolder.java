package org.hearth.app;

import java.io.RandomAccessFile;
import java.nio.channels.FileLock;

/**
 * Run as its own process by tests: locks a file as a running Hearth locks its database, says "locked", and keeps the
 * lock until its input is closed (the test ends).
 */
public final class FileLockHolder {

    private FileLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(args[0], "rw"); FileLock lock = file.getChannel().lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the test closes our input
            }
        }
    }
}
