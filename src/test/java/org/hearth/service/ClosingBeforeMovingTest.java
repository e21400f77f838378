package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.hearth.domain.CaseSummary;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring a backup and changing the passphrase move the database file, which Windows refuses while the file is
 * open. Both are asked for while Hearth has the data open; they close it first, and the moves (which refuse an open
 * database on every system) then go through. The data folder sits under a user name with spaces and non-Latin
 * letters, as on a worker's laptop.
 */
class ClosingBeforeMovingTest {

    private static final String PASSPHRASE = "a long passphrase";

    @TempDir
    Path temp;

    @Test
    void aRestoreAskedForWhileTheDataIsOpenClosesItFirstAndPutsTheBackupInPlace() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        DataFolder data = new DataFolder(temp.resolve("José Ağaoğlu").resolve("AppData Local").resolve("Hearth"));
        Vault vault = new Vault(data, clock);
        Path backup = temp.resolve("مريم").resolve("monday.hearthbackup");
        Files.createDirectories(backup.getParent());
        OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "José");
        open.cases().create(new CaseDetails("HF-1", "Family Öztürk", "José", null, "tr"));
        open.backups().backUpTo(backup);
        open.cases().create(new CaseDetails("HF-2", "Made after the backup", null, null, null));

        RestorePreview preview = vault.prepareRestore(backup, PASSPHRASE.toCharArray());
        assertThat(vault.restore(preview, open)).isPresent();

        assertThatThrownBy(() -> open.cases().cases()).as("the data that was open is closed")
                .isInstanceOf(RuntimeException.class);
        try (OpenVault restored = vault.open(PASSPHRASE.toCharArray(), () -> "José")) {
            assertThat(restored.cases().cases()).extracting(CaseSummary::displayName).containsExactly("Family Öztürk");
        }
    }

    @Test
    void aPassphraseChangeAskedForWhileTheDataIsOpenClosesItFirstAndOpensItAgain() throws Exception {
        DataFolder data = new DataFolder(temp.resolve("Seán O'Brien").resolve("Hearth"));
        Vault vault = new Vault(data, new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30)));
        OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "Seán");
        open.cases().create(new CaseDetails("HF-1", "Family Łukasiewicz", null, null, "pl"));

        try (OpenVault reopened = vault.changePassphrase(open, PASSPHRASE.toCharArray(),
                "a brand new passphrase".toCharArray(), () -> "Seán", fraction -> { })) {
            assertThatThrownBy(() -> open.cases().cases()).isInstanceOf(RuntimeException.class);
            assertThat(reopened.cases().cases()).extracting(CaseSummary::displayName)
                    .containsExactly("Family Łukasiewicz");
        }
        assertThatThrownBy(() -> vault.open(PASSPHRASE.toCharArray(), () -> "Seán"))
                .isInstanceOf(WrongPassphrase.class);
    }
}
