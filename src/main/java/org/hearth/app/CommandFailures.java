package org.hearth.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hearth.service.Failures;
import org.hearth.store.DataFolder;
import org.hearth.store.DiskTrouble;
import picocli.CommandLine;

/**
 * What the command line says when a command fails: the same plain words as the app (from its English messages),
 * the support code, and an exit code of its own for each failure a worker or a script can act on. Never a stack
 * trace, never a database's own message (it can quote stored values).
 */
final class CommandFailures implements CommandLine.IExecutionExceptionHandler {

    static final int UNEXPECTED = 1;
    static final int FOLDER_IN_USE = 5;
    static final int DISK_FULL = 6;
    static final int READ_ONLY = 7;
    static final int DAMAGED = 8;

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

    @Override
    public int handleExecutionException(Exception failure, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        String key = Failures.messageKey(failure);
        err.println(MESSAGES.getString(key));
        if (key.equals("error.unexpected") || key.equals("error.disk")) {
            err.println(java.text.MessageFormat.format(MESSAGES.getString("error.code"), Failures.code(failure)));
        }
        err.flush();
        return exitCode(failure, key);
    }

    static int exitCode(Throwable failure, String key) {
        return switch (DiskTrouble.of(failure)) {
            case FOLDER_IN_USE -> FOLDER_IN_USE;
            case DISK_FULL -> DISK_FULL;
            case READ_ONLY -> READ_ONLY;
            case DAMAGED_DATABASE -> DAMAGED;
            case NONE -> switch (key) {
                case "error.wrongPassphrase", "error.wrongRecoveryKey" -> HearthCommand.WRONG_PASSPHRASE;
                case "error.noDatabase", "error.incompleteFolder" -> HearthCommand.NO_DATABASE;
                case "error.damagedKeyFile", "error.damagedBackup", "error.notABackup" -> DAMAGED;
                default -> UNEXPECTED;
            };
        };
    }

    /** The folder holds a key file without its database, or the other way round. */
    static String incomplete(DataFolder folder) {
        return MESSAGES.getString("error.incompleteFolder") + " (" + folder + ")";
    }
}
