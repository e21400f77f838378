package org.hearth.store;

import java.util.List;
import org.hearth.domain.Family;
import org.hearth.domain.HandoutRecord;
import org.hibernate.Session;

/** The record of handouts printed or saved for a case. */
public final class HandoutRecords {

    private final Session session;

    HandoutRecords(Session session) {
        this.session = session;
    }

    public void add(HandoutRecord record) {
        session.persist(record);
    }

    /** The case's handouts, newest first. */
    public List<HandoutRecord> of(Family family) {
        return session.createSelectionQuery("from HandoutRecord h where h.family = :f order by h.madeAt desc, h.id desc",
                HandoutRecord.class).setParameter("f", family).getResultList();
    }
}
