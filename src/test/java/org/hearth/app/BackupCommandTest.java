package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseDetails;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hearth backup -o FILE} and {@code hearth restore FILE}: a round trip, and refusals with exit codes. */
class BackupCommandTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine line = HearthCommand.line();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void aBackupMadeOnTheCommandLineRestoresTheCases() throws Exception {
        Path data = temp.resolve("data");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "a long test passphrase\n");
        Vault vault = new Vault(new DataFolder(data), Clock.systemDefaultZone());
        try (OpenVault open = vault.create("a long test passphrase".toCharArray(), () -> "Test")) {
            open.cases().create(new CaseDetails("HF-1", "Family Öztürk", null, LocalDate.of(2027, 1, 5), null));
        }
        Path backup = temp.resolve("friday.hearthbackup");
        String dataDir = "--data-dir=" + data;
        String pass = "--passphrase-file=" + secret;

        assertThat(run("backup", "-o", backup.toString(), dataDir, pass)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 cases (1 open)").doesNotContain("Öztürk");

        try (OpenVault open = vault.open("a long test passphrase".toCharArray(), () -> "Test")) {
            for (CaseSummary c : open.cases().cases()) {
                open.cases().close(c.id());
            }
            open.cases().create(new CaseDetails("HF-2", "Made after the backup", null, null, null));
        }

        assertThat(run("restore", backup.toString(), "--yes", dataDir, pass)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("holds 1 cases (1 open)").contains("Restored.").contains("replaced-");
        try (OpenVault open = vault.open("a long test passphrase".toCharArray(), () -> "Test")) {
            assertThat(open.cases().cases()).extracting(CaseSummary::reference, c -> c.status().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("HF-1", "OPEN"));
        }

        // refusals: each with its own message and exit code, and the data as it was
        byte[] databaseBefore = Files.readAllBytes(new DataFolder(data).databaseFile());
        Path cut = temp.resolve("cut.hearthbackup");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThat(run("restore", cut.toString(), "--yes", dataDir, pass)).isEqualTo(BackupCommands.BAD_BACKUP);
        assertThat(err.toString()).contains("damaged or incomplete").contains("Nothing was changed");
        assertThat(run("restore", secret.toString(), "--yes", dataDir, pass)).isEqualTo(BackupCommands.BAD_BACKUP);
        assertThat(err.toString()).contains("not a Hearth backup");
        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase at all");
        assertThat(run("restore", backup.toString(), "--yes", dataDir, "--passphrase-file=" + wrong))
                .isEqualTo(HearthCommand.WRONG_PASSPHRASE);
        assertThat(err.toString()).contains("does not open this backup");
        assertThat(run("backup", "-o", temp.resolve("no such drive").resolve("b.hearthbackup").toString(), dataDir,
                pass)).isEqualTo(BackupCommands.DISK);
        assertThat(Files.readAllBytes(new DataFolder(data).databaseFile())).isEqualTo(databaseBefore);
    }
}
