package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the "what to take" checklist of a safe place. */
@Embeddable
public class ThingToTake {

    @Column(name = "thing", nullable = false, length = TextRules.TEXT_UNITS)
    private String thing;

    @Column(name = "ready", nullable = false)
    private boolean ready;

    protected ThingToTake() {
    }

    public ThingToTake(String thing, boolean ready) {
        this.thing = thing;
        this.ready = ready;
    }

    public String getThing() {
        return thing;
    }

    public boolean isReady() {
        return ready;
    }
}
