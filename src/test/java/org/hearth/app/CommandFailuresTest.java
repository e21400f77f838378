package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hearth.service.CaseDetails;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.store.FailingDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * When the command line fails for a reason the worker can act on, it says so in Hearth's plain words with an exit
 * code of its own, and never shows a stack trace or a database's message. (installer/calm-failures.sh does the same
 * on real full and read-only disks with the installed app.)
 */
class CommandFailuresTest {

    private static final String PASSPHRASE = "a long test passphrase";

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    private int run(Path data, String... args) throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, PASSPHRASE + "\n");
        CommandLine line = HearthCommand.line();
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        all[args.length + 2] = "--passphrase-file";
        all[args.length + 3] = secret.toString();
        return line.execute(all);
    }

    @Test
    void aDataFolderOpenInAnotherHearthIsSaidPlainlyWithItsOwnExitCode() throws Exception {
        Path data = temp.resolve("data");
        try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                .create(PASSPHRASE.toCharArray(), () -> "T")) {
            open.cases().create(new CaseDetails("HF-1", "Family Jansen", null, null, null));
        }
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), FileLockHolder.class.getName(),
                data.resolve("hearth.mv.db").toString()).redirectErrorStream(true).start();
        try {
            String said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(said).isEqualTo("locked");
            assertThat(run(data, "list")).isEqualTo(CommandFailures.FOLDER_IN_USE);
            assertThat(run(data, "export", "HF-1", "-o", temp.resolve("out.json").toString()))
                    .isEqualTo(CommandFailures.FOLDER_IN_USE);
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        assertCalm("Another Hearth window or program has this data folder open.");
        assertThat(temp.resolve("out.json")).doesNotExist();
        assertThat(run(data, "list")).as("once the other Hearth is closed").isZero();
    }

    @Test
    void aFullDiskIsSaidPlainlyWithItsOwnExitCode() throws Exception {
        FailingDisk.install();
        DataFolder failing = new DataFolder(temp.resolve("data")).reachedThrough(FailingDisk.SCHEME);
        try (OpenVault open = new Vault(failing, Clock.systemDefaultZone()).create(PASSPHRASE.toCharArray(), () -> "T")) {
            FailingDisk.failAfter(0);
            try {
                open.cases().create(new CaseDetails("HF-1", "Family Jansen", null, null, null));
                fail("saved on a full disk");
            } catch (RuntimeException e) {
                assertThat(handled(e)).isEqualTo(CommandFailures.DISK_FULL);
            } finally {
                FailingDisk.heal();
            }
        } catch (RuntimeException closing) {
            // closing a store whose disk was full may fail too; what the worker read is what counts
        }
        assertCalm("The disk is full, so nothing was saved.");
    }

    @Test
    void aReadOnlyFolderIsSaidPlainlyWithItsOwnExitCode() throws Exception {
        // what the JDK throws for EROFS and EACCES, as calm-failures.sh meets them on a read-only disk
        Path target = temp.resolve("out").resolve("plan.pdf");
        assertThat(handled(new java.io.UncheckedIOException(new FileSystemException(target.toString(), null,
                "Read-only file system")))).isEqualTo(CommandFailures.READ_ONLY);
        assertThat(handled(new java.nio.file.AccessDeniedException(target.toString())))
                .isEqualTo(CommandFailures.READ_ONLY);
        assertCalm("Hearth may not write in this folder");
    }

    @Test
    void aKeyFileWithoutItsDatabaseIsNeverAnsweredWithInit() throws Exception {
        Path data = temp.resolve("data");
        try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                .create(PASSPHRASE.toCharArray(), () -> "T")) {
            open.cases().create(new CaseDetails("HF-1", "Family Jansen", null, null, null));
        }
        Files.delete(data.resolve("hearth.mv.db"));
        byte[] keyFile = Files.readAllBytes(data.resolve("hearth.key"));
        assertThat(run(data, "list")).isEqualTo(HearthCommand.NO_DATABASE);
        assertThat(run(data, "init")).isEqualTo(HearthCommand.NO_DATABASE);
        assertThat(err.toString()).contains("Do not create a new database").doesNotContain("hearth init");
        assertThat(Files.readAllBytes(data.resolve("hearth.key"))).isEqualTo(keyFile);
    }

    private int handled(Exception failure) throws Exception {
        CommandLine line = HearthCommand.line();
        line.setErr(new PrintWriter(err, true));
        return line.getExecutionExceptionHandler().handleExecutionException(failure, line, null);
    }

    private void assertCalm(String words) {
        assertThat(err.toString()).contains(words)
                .doesNotContain("Exception", "\tat ", "SQL", "org.h2", "org.hibernate", "Jansen");
    }
}
