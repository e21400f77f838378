package org.hearth.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hearth.service.BackupFacts;
import org.hearth.service.RestorePreview;
import org.hearth.service.Vault;
import org.hearth.service.WrongPassphrase;
import org.hearth.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hearth backup -o FILE} and {@code hearth restore FILE} (decision 0012). */
final class BackupCommands {

    /** Exit code when a backup is refused (not a backup, damaged, cut off, made by a newer Hearth). */
    static final int BAD_BACKUP = 2;
    /** Exit code when the worker does not confirm the restore. */
    static final int NOT_CONFIRMED = 5;
    /** Exit code when a file cannot be read or written (a full disk, a missing drive). */
    static final int DISK = 6;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BackupCommands() {
    }

    @Command(name = "backup", description = "Write an encrypted backup of all cases. It opens only with the "
            + "passphrase (or recovery key) valid now.")
    static final class Backup implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @Option(names = {"-o", "--output"}, required = true, description = "The backup file to write")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Path target = output.toAbsolutePath();
            if (!Files.isDirectory(target.getParent())) {
                err.println("The folder " + target.getParent() + " does not exist (is the drive connected?).");
                return DISK;
            }
            return access.withVault(err, open -> {
                BackupFacts made;
                try {
                    made = open.backups().backUpTo(target);
                } catch (java.io.IOException e) {
                    err.println("The backup could not be written (is the disk full?). Any earlier file named "
                            + target.getFileName() + " is unchanged.");
                    return DISK;
                }
                spec.commandLine().getOut().println("Wrote an encrypted backup of " + made.cases() + " cases ("
                        + made.openCases() + " open) to " + target + ".");
                return 0;
            });
        }
    }

    @Command(name = "restore", description = "Replace the data with a backup, after checking that it opens and "
            + "showing what it holds. The replaced data is kept aside in the data folder.")
    static final class Restore implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @Parameters(index = "0", description = "The backup file")
        Path input;

        @Option(names = "--yes", description = "Restore without asking for confirmation")
        boolean yes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(input)) {
                err.println("There is no file " + input + ".");
                return BAD_BACKUP;
            }
            Vault vault = new Vault(access.folder(), Clock.systemDefaultZone());
            char[] secret = access.passphrase();
            RestorePreview preview;
            try {
                preview = vault.prepareRestore(input, secret);
            } catch (WrongPassphrase e) {
                err.println("That passphrase does not open this backup. Nothing was changed.");
                return HearthCommand.WRONG_PASSPHRASE;
            } catch (StoreException e) {
                err.println(refusal(e) + " Nothing was changed.");
                return BAD_BACKUP;
            } catch (java.io.IOException e) {
                err.println("The backup could not be read. Nothing was changed.");
                return DISK;
            } finally {
                Arrays.fill(secret, '\0');
            }
            out.println("This backup was made on " + WHEN.format(preview.made().atZone(ZoneId.systemDefault()))
                    + " and holds " + preview.cases() + " cases (" + preview.openCases() + " open).");
            if (!yes && !confirmed(out)) {
                preview.discard();
                err.println("Nothing was restored.");
                return NOT_CONFIRMED;
            }
            try {
                Optional<Path> aside = vault.restore(preview, null);
                out.println("Restored." + aside.map(p -> " The data it replaced is kept in " + p + ".").orElse(""));
                return 0;
            } catch (StoreException e) {
                preview.discard();
                err.println("Hearth is open: close it, then restore again. Nothing was changed.");
                return BAD_BACKUP;
            } catch (java.io.IOException e) {
                preview.discard();
                err.println("The files could not be moved into place. Nothing was changed.");
                return DISK;
            }
        }

        private boolean confirmed(PrintWriter out) throws java.io.IOException {
            out.print("Replace the data in " + access.folder() + " with this backup? Type yes to restore: ");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        }

        private static String refusal(StoreException e) {
            return switch (e.reason()) {
                case NOT_A_BACKUP -> "This file is not a Hearth backup.";
                case NEWER_BACKUP -> "This backup was made by a newer version of Hearth; update Hearth first.";
                default -> "This backup is damaged or incomplete.";
            };
        }
    }
}
