package org.hearth.service;

import java.time.Clock;
import org.hearth.store.Database;

/** The unlocked store, with the services the screens use. Closing it locks the data again. */
public final class OpenVault implements AutoCloseable {

    private final Database database;
    private final CaseService cases;
    private final DemoCase demo;
    private final FollowUpService followUp;

    OpenVault(Database database, Clock clock) {
        this.database = database;
        this.cases = new CaseService(database, clock);
        this.demo = new DemoCase(database, clock);
        this.followUp = new FollowUpService(database, clock);
    }

    public CaseService cases() {
        return cases;
    }

    public FollowUpService followUp() {
        return followUp;
    }

    public DemoCase demo() {
        return demo;
    }

    @Override
    public void close() {
        database.close();
    }
}
