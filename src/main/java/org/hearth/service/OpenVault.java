package org.hearth.service;

import java.time.Clock;
import org.hearth.store.Database;

/** The unlocked store, with the services the screens use. Closing it locks the data again. */
public final class OpenVault implements AutoCloseable {

    private final Database database;
    private final CaseService cases;
    private final DemoCase demo;
    private final FollowUpService followUp;
    private final CaseFile caseFile;
    private final SafetyPlanService plans;
    private final HandoutService handouts;
    private final HomeAgreementService homes;
    private final Backups backups;
    private final Clock clock;

    OpenVault(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cases = new CaseService(database, clock);
        this.demo = new DemoCase(database, clock);
        this.followUp = new FollowUpService(database, clock);
        this.caseFile = new CaseFile(database, clock);
        this.plans = new SafetyPlanService(database, clock);
        this.homes = new HomeAgreementService(database);
        this.handouts = new HandoutService(database, clock);
        this.backups = new Backups(database, clock);
    }

    /** What handouts are made from, and the record of those printed or saved. */
    public HandoutService handouts() {
        return handouts;
    }

    public CaseService cases() {
        return cases;
    }

    public SafetyPlanService plans() {
        return plans;
    }

    /** The home agreements of a case: rooms, private times, activities, respect rules and time-out. */
    public HomeAgreementService homes() {
        return homes;
    }

    /** Export and import of one case as a JSON case file. */
    public CaseFile caseFile() {
        return caseFile;
    }

    public FollowUpService followUp() {
        return followUp;
    }

    public DemoCase demo() {
        return demo;
    }

    /** Encrypted backups of this database. */
    public Backups backups() {
        return backups;
    }

    /** The store itself, for the benchmark's data generator in this package's tests. */
    Database database() {
        return database;
    }

    // --- privacy: subject access and erasure ---

    /** Erasing a person or a case for good. */
    public ErasureService erasure() {
        return new ErasureService(database);
    }

    /** Everything held about one person, for their subject-access export. */
    public SubjectAccess subjectAccess() {
        return new SubjectAccess(database, clock);
    }

    // --- team server ---

    /** Whether the cases are on the team's server rather than in this laptop's encrypted file. */
    public boolean onTeamServer() {
        return database.isServer();
    }

    /** Sharing cases with colleagues; only on a team server. */
    public Sharing sharing() {
        if (!database.isServer()) {
            throw new IllegalStateException("Cases are shared on a team server only");
        }
        return new Sharing(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
