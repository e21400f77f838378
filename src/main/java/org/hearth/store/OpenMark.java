package org.hearth.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A mark beside the database ({@value #NAME}) that says it is open: made, on the disk, before H2 opens the file, and
 * removed after a clean shutdown. Found at the next opening, it says the last session ended without one (a crash,
 * a power cut, a killed Hearth); the database is then compacted once, which writes every live page into a fresh file
 * with its free-space map made anew. Without that, H2 2.3.232 can open such a file, close it cleanly, and then fail to
 * open it again ("Double mark", error 90049: decisions 0013 and 0020).
 */
final class OpenMark {

    static final String NAME = "hearth.open";

    private OpenMark() {
    }

    /** Marks the database open; says whether it was already marked (the last session did not end cleanly). */
    static boolean set(DataFolder folder) throws IOException {
        Path mark = folder.path().resolve(NAME);
        boolean unclean = Files.exists(mark);
        if (!unclean) {
            AtomicFile.write(mark, new byte[0]);
            RestoreSwap.syncFolder(folder.path());
        }
        return unclean;
    }

    /** After a clean shutdown. */
    static void clear(DataFolder folder) {
        try {
            Files.deleteIfExists(folder.path().resolve(NAME));
        } catch (IOException e) {
            // the next opening compacts once more: slower, never wrong
        }
    }
}
