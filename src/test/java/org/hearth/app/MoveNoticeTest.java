package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.hearth.store.DataFolder;
import org.hearth.store.RoamingProfileMove.Outcome;
import org.hearth.ui.Messages;
import org.junit.jupiter.api.Test;

/** What a Windows worker is told at the start about the data folder's move out of the roaming profile. */
class MoveNoticeTest {

    private static final Path LOCAL = Path.of("C:/Users/José Ağaoğlu/AppData/Local/Hearth");
    private static final Path ROAMING = Path.of("C:/Users/José Ağaoğlu/AppData/Roaming/Hearth");

    @Test
    void twoCopiesAreNamedBothInTheWorkersLanguage() {
        DataFolder.Placement both = new DataFolder.Placement(new DataFolder(LOCAL), Outcome.KEPT_BOTH, ROAMING);
        assertThat(HearthApp.moveNotice(new Messages(Locale.ENGLISH), both)).hasValueSatisfying(text -> assertThat(text)
                .contains(LOCAL.toAbsolutePath().toString(), ROAMING.toString(), "left the older copy untouched"));
        assertThat(HearthApp.moveNotice(new Messages(Locale.forLanguageTag("nl")), both)).hasValueSatisfying(
                text -> assertThat(text).contains(LOCAL.toAbsolutePath().toString(), ROAMING.toString(),
                        "niet aangeraakt"));
    }

    @Test
    void aMoveThatWaitsSaysWhichFolderIsUsedAndAMadeMoveSaysNothing() {
        DataFolder.Placement waiting = new DataFolder.Placement(new DataFolder(ROAMING), Outcome.NOT_MOVED, ROAMING);
        assertThat(HearthApp.moveNotice(new Messages(Locale.ENGLISH), waiting)).hasValueSatisfying(text ->
                assertThat(text).contains(ROAMING.toAbsolutePath().toString(), "tries again at the next start"));
        for (Outcome quiet : new Outcome[] {Outcome.MOVED, Outcome.NOTHING_TO_MOVE}) {
            assertThat(HearthApp.moveNotice(new Messages(Locale.ENGLISH),
                    new DataFolder.Placement(new DataFolder(LOCAL), quiet, ROAMING))).isEmpty();
        }
    }
}
