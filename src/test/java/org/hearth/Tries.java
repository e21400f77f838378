package org.hearth;

import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Checks a property on a given number of generated values with QuickTheories. QuickTheories skips a value it has
 * already tried within one run (so a run of n examples may check fewer than n); this goes on with new runs until
 * that many were checked. Each run has a random seed, named in a failure; {@code -DQT_SEED=...} replays it.
 */
public final class Tries {

    private Tries() {
    }

    /** Checks the property on {@code tries} values (shrinking a failure at most {@code shrinkCycles} times). */
    public static <T> int check(int tries, int shrinkCycles, Gen<T> values, Consumer<T> property) {
        AtomicInteger checked = new AtomicInteger();
        while (checked.get() < tries) {
            qt().withExamples(tries - checked.get()).withShrinkCycles(shrinkCycles).forAll(values)
                    .checkAssert(value -> {
                        checked.incrementAndGet();
                        property.accept(value);
                    });
        }
        return checked.get();
    }
}
