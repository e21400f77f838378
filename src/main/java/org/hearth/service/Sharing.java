package org.hearth.service;

import java.util.List;
import org.hearth.store.Database;

/**
 * On a team server: sharing a case with colleagues, for cover during holidays. The server enforces who
 * may share (the case's owner or a team lead) and what each worker sees; this only asks it.
 */
public final class Sharing {

    private final Database database;

    Sharing(Database database) {
        this.database = database;
    }

    /** The colleagues this case is shared with, by sign-in name. */
    public List<String> sharedWith(long caseId) {
        return database.read(work -> work.sharing().sharedWith(caseId));
    }

    /** Everyone else who signs in to this server, to choose from. */
    public List<String> colleagues() {
        return database.read(work -> work.sharing().colleagues());
    }

    /** Shares the case with a colleague; the server refuses when this worker may not (not owner, not lead). */
    public void share(long caseId, String colleague) {
        database.write(work -> work.sharing().share(caseId, colleague));
    }

    /** Stops sharing the case with a colleague. */
    public void stopSharing(long caseId, String colleague) {
        database.write(work -> work.sharing().unshare(caseId, colleague));
    }

    /** The sign-in name of this worker, as the server knows it and writes it in the history. */
    public String me() {
        return database.read(work -> work.sharing().me());
    }
}
