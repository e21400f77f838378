package org.hearth.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wait after wrong passphrases or passwords in a row, the same on the unlock, lock and sign-in screens. */
class WrongTriesTest {

    @Test
    void fourWrongTriesAreFreeThenEachWaitsLongerUpToAMinute() {
        assertThat(WrongTries.waitAfter(1)).isZero();
        assertThat(WrongTries.waitAfter(4)).isZero();
        assertThat(WrongTries.waitAfter(5)).isEqualTo(2);
        assertThat(WrongTries.waitAfter(6)).isEqualTo(4);
        assertThat(WrongTries.waitAfter(7)).isEqualTo(8);
        assertThat(WrongTries.waitAfter(10)).isEqualTo(60);
        assertThat(WrongTries.waitAfter(1_000)).isEqualTo(60);
    }
}
