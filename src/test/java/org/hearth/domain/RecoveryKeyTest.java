package org.hearth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class RecoveryKeyTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewKeyIsNineGroupsOfFourWithoutLookAlikesAndReadsBackAsTheSameKey() {
        RecoveryKey key = RecoveryKey.generate(random);
        String text = key.text();
        assertThat(text).matches("([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(key.lastGroup()).isEqualTo(text.substring(text.length() - 4));
        RecoveryKey.Reading reading = RecoveryKey.read(text);
        assertThat(reading.ok()).isTrue();
        assertThat(reading.key()).isEqualTo(key);
        assertThat(reading.key().secret()).isEqualTo(key.secret());
        assertThat(key.toString()).doesNotContain(text.substring(0, 4));
    }

    @Test
    void lowerCaseSpacesAndLookAlikeLettersAreReadAsMeant() {
        RecoveryKey key = RecoveryKey.generate(random);
        String typed = key.text().toLowerCase().replace("-", "  ").replace('0', 'o').replace('1', 'l');
        assertThat(RecoveryKey.read(typed).key()).isEqualTo(key);
    }

    @Test
    void everySingleMistypedCharacterIsCaughtByTheCheckGroup() {
        RecoveryKey key = RecoveryKey.generate(random);
        String text = key.text().replace("-", "");
        int caught = 0;
        int tried = 0;
        for (int i = 0; i < text.length(); i++) {
            for (char other : RecoveryKey.ALPHABET.toCharArray()) {
                if (other == text.charAt(i)) {
                    continue;
                }
                String typo = text.substring(0, i) + other + text.substring(i + 1);
                tried++;
                if (RecoveryKey.read(typo).problem() == RecoveryKey.Problem.TYPO) {
                    caught++;
                }
            }
        }
        // a 20-bit check lets about one in a million typos through; none of these ~1100 may pass
        assertThat(caught).isEqualTo(tried);
    }

    @Test
    void swappedNeighboursAreCaught() {
        RecoveryKey key = RecoveryKey.generate(random);
        String text = key.text().replace("-", "");
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i + 1)) {
                continue;
            }
            String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
            assertThat(RecoveryKey.read(swapped).ok()).as("swap at %d", i).isFalse();
        }
    }

    @Test
    void aShortKeyOrAForeignCharacterSaysWhatIsWrong() {
        String text = RecoveryKey.generate(random).text();
        RecoveryKey.Reading shorter = RecoveryKey.read(text.substring(0, text.length() - 5));
        assertThat(shorter.problem()).isEqualTo(RecoveryKey.Problem.WRONG_LENGTH);
        assertThat(shorter.characters()).isEqualTo(32);
        assertThat(RecoveryKey.read(text.replaceFirst("-", "U")).problem()).isEqualTo(RecoveryKey.Problem.NOT_ALLOWED);
        assertThat(RecoveryKey.read(" - ").problem()).isEqualTo(RecoveryKey.Problem.EMPTY);
    }
}
