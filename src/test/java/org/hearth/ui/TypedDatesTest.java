package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/**
 * A date typed the way the worker's language writes it is read exactly, and an impossible one
 * (31 February, month 13, 29 February outside a leap year) is refused, not quietly moved to another day.
 */
class TypedDatesTest {

    @Test
    void anImpossibleDateIsRefusedInEnglishAndDutchInsteadOfBecomingTheLastDayOfTheMonth() {
        StringConverter<LocalDate> english = new Messages(Locale.ENGLISH).dates();
        assertThat(english.fromString("Feb 28, 2027")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(english.toString(LocalDate.of(2028, 2, 29))).isEqualTo("Feb 29, 2028");
        assertThat(english.fromString("Feb 29, 2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> english.fromString("Feb 31, 2027")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> english.fromString("Feb 29, 2027")).isInstanceOf(DateTimeParseException.class);

        StringConverter<LocalDate> dutch = new Messages(Locale.forLanguageTag("nl")).dates();
        LocalDate date = LocalDate.of(2027, 3, 31);
        assertThat(dutch.fromString(dutch.toString(date))).isEqualTo(date);
        assertThatThrownBy(() -> dutch.fromString(dutch.toString(date).replace("31", "32")))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> dutch.fromString(dutch.toString(LocalDate.of(2027, 4, 30)).replace("30", "31")))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theShortFormsOfTheCaseFormAreStrictToo() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.UK, Locale.forLanguageTag("nl")}) {
            var shortDates = Messages.strictDates(FormatStyle.SHORT, locale);
            LocalDate date = LocalDate.of(2027, 1, 31);
            assertThat(LocalDate.parse(shortDates.format(date), shortDates)).as(locale.toString()).isEqualTo(date);
            String february = shortDates.format(LocalDate.of(2027, 2, 28)).replace("28", "31");
            assertThatThrownBy(() -> LocalDate.parse(february, shortDates)).as(locale + " " + february)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
