package org.hearth.ui.control;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.hearth.ui.Background;

/**
 * Wrong passphrases or passwords in a row, on the unlock, lock and sign-in screens: after five, each further try
 * must wait, longer each time (2, 4, 8 ... at most 60 seconds), counted down on screen.
 */
public final class WrongTries {

    static final int FREE_TRIES = 5;
    static final int LONGEST_WAIT_SECONDS = 60;

    private final Background background;
    private final IntegerProperty waitSeconds = new SimpleIntegerProperty();
    private int inARow;

    public WrongTries(Background background) {
        this.background = background;
    }

    /** Seconds to wait after the given number of wrong tries in a row: 2, 4, 8, ... at most a minute. */
    public static int waitAfter(int tries) {
        if (tries < FREE_TRIES) {
            return 0;
        }
        return Math.min(LONGEST_WAIT_SECONDS, 1 << Math.min(6, tries - FREE_TRIES + 1));
    }

    /** One more wrong try: from the fifth on, the next must wait. */
    public void wrong() {
        inARow++;
        int wait = waitAfter(inARow);
        if (wait > 0) {
            waitSeconds.set(wait);
            tick();
        }
    }

    /** A right try: the count starts again. */
    public void right() {
        inARow = 0;
    }

    /** Seconds left before the next try; 0 when one may try now. */
    public IntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    private void tick() {
        if (waitSeconds.get() <= 0) {
            return;
        }
        background.after(1000, () -> {
            waitSeconds.set(waitSeconds.get() - 1);
            tick();
        });
    }
}
