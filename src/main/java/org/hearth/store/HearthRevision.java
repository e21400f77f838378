package org.hearth.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change: when, and by which worker. */
@Entity
@Table(name = "revision")
@RevisionEntity(WorkerRevisionListener.class)
public class HearthRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "saved_at", nullable = false)
    private long savedAt;

    @Column(nullable = false, length = 20000)
    private String worker;

    public long getId() {
        return id;
    }

    public long getSavedAt() {
        return savedAt;
    }

    public String getWorker() {
        return worker;
    }

    void setWorker(String worker) {
        this.worker = worker;
    }
}
