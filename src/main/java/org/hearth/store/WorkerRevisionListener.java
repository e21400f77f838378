package org.hearth.store;

import java.util.function.Supplier;
import org.hibernate.envers.RevisionListener;

/** Writes the name of the worker who is signed in into every revision. */
public final class WorkerRevisionListener implements RevisionListener {

    private final Supplier<String> worker;

    WorkerRevisionListener(Supplier<String> worker) {
        this.worker = worker;
    }

    @Override
    public void newRevision(Object revision) {
        String name = worker.get();
        ((HearthRevision) revision).setWorker(name == null || name.isBlank() ? "?" : name);
    }
}
