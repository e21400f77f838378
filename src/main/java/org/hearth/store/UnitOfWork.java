package org.hearth.store;

import org.hibernate.Session;

/** One transaction's access to the stored data, through one repository per aggregate. */
public final class UnitOfWork {

    private final Session session;

    UnitOfWork(Session session) {
        this.session = session;
    }

    public CaseRepository cases() {
        return new CaseRepository(session);
    }

    public PlanRepository plans() {
        return new PlanRepository(session);
    }

    public HomeRepository homes() {
        return new HomeRepository(session);
    }

    public CheckInRepository checkIns() {
        return new CheckInRepository(session);
    }

    public FollowUpQueries followUp() {
        return new FollowUpQueries(session);
    }

    /** The record of printed and saved handouts. */
    public HandoutRecords handouts() {
        return new HandoutRecords(session);
    }

    /** Erasing a person or a case for good (compact the database afterwards). */
    public Erasure erasure() {
        return new Erasure(session);
    }

    /** On a team server: who else a case is shared with. */
    public CaseSharing sharing() {
        return new CaseSharing(session);
    }

    public History history() {
        return new History(session);
    }

    /** Sends pending changes to the database now, inside the transaction. */
    public void flush() {
        session.flush();
    }
}
