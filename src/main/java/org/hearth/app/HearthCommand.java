package org.hearth.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.hearth.domain.CaseSummary;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.service.WrongPassphrase;
import org.hearth.store.DataFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Hearth on the command line: the same data, without a window. */
@Command(name = "hearth", mixinStandardHelpOptions = true, versionProvider = HearthCommand.Version.class,
        description = "Hearth keeps safety plans, network maps and home agreements for family-support workers.",
        subcommands = {HearthCommand.Init.class, HearthCommand.ListCases.class, HearthCommand.Demo.class,
            CaseFileCommands.Export.class, CaseFileCommands.Import.class, HandoutCommand.class,
            BackupCommands.Backup.class, BackupCommands.Restore.class, ServerCommands.Migrate.class,
            ServerCommands.Share.class})
public final class HearthCommand implements Callable<Integer> {

    static final int WRONG_PASSPHRASE = 3;
    static final int NO_DATABASE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line as the worker runs it: failures in plain words and exit codes, never a stack trace. */
    public static CommandLine line() {
        return new CommandLine(new HearthCommand()).setExecutionExceptionHandler(new CommandFailures());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Where the data is and how it is opened; shared by every command. */
    static class Access {
        /** The command this is mixed into: its error stream is the one the worker reads. */
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        private CommandLine line() {
            return mixee != null ? mixee.commandLine() : new CommandLine(this);
        }

        @Option(names = "--data-dir", description = "The data folder (default: HEARTH_HOME, else the usual place)")
        Path dataDir;

        @Option(names = "--passphrase-file", description = "A file whose first line is the passphrase, or on a team"
                + " server your password (default: the HEARTH_PASSPHRASE environment variable)")
        Path passphraseFile;

        @Option(names = "--db", description = "A team server, postgresql://host[:port]/database[?sslrootcert=ca.crt],"
                + " or 'embedded' for the encrypted file on this computer (default: HEARTH_DB_URL, else embedded)")
        String db;

        @Option(names = "--user", description = "Your sign-in name on the team server (default: HEARTH_USER)")
        String user;

        /** The team server chosen with --db or HEARTH_DB_URL, if any; an unreadable address says why. */
        java.util.Optional<org.hearth.store.ServerAddress> server() {
            try {
                return db != null ? org.hearth.service.TeamServer.chosen(db)
                        : org.hearth.service.TeamServer.fromEnvironment();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(line(), "The team server address cannot be"
                        + " read: " + e.getMessage());
            }
        }

        String user() {
            String name = user != null ? user : System.getenv("HEARTH_USER");
            if (name == null || name.isBlank()) {
                throw new CommandLine.ParameterException(line(),
                        "No sign-in name for the team server: give --user or set HEARTH_USER");
            }
            return name;
        }

        DataFolder folder() {
            return dataDir != null ? new DataFolder(dataDir) : DataFolder.forThisUser();
        }

        char[] passphrase() throws IOException {
            if (passphraseFile != null) {
                String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end >= 0 ? text.substring(0, end) : text;
                return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
            }
            String fromEnvironment = System.getenv("HEARTH_PASSPHRASE");
            if (fromEnvironment == null || fromEnvironment.isEmpty()) {
                throw new CommandLine.ParameterException(line(),
                        "No passphrase: set HEARTH_PASSPHRASE or give --passphrase-file");
            }
            return fromEnvironment.toCharArray();
        }

        String worker() {
            String name = System.getenv("HEARTH_WORKER");
            return name == null || name.isBlank() ? "command line" : name;
        }

        /** Opens the database, or says plainly why not. */
        <T> int withVault(PrintWriter err, VaultWork<T> work) throws Exception {
            var server = server();
            if (server.isPresent()) {
                char[] password = passphrase();
                try (OpenVault open = new org.hearth.service.TeamServer(server.get(), Clock.systemDefaultZone())
                        .signIn(user(), password, this::worker)) {
                    return work.run(open);
                } catch (WrongPassphrase e) {
                    err.println("The team server did not accept this name and password.");
                    return WRONG_PASSPHRASE;
                } catch (org.hearth.store.StoreException e) {
                    err.println(e.getMessage());
                    return NO_DATABASE;
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            Vault vault = new Vault(folder(), Clock.systemDefaultZone());
            switch (vault.state()) {
                case NEW -> {
                    err.println("There is no Hearth database in " + folder()
                            + ". Start Hearth once, or run 'hearth init', to create one.");
                    return NO_DATABASE;
                }
                case INCOMPLETE -> {
                    err.println(CommandFailures.incomplete(folder()));
                    return NO_DATABASE;
                }
                default -> { }
            }
            char[] secret = passphrase();
            try (OpenVault open = vault.open(secret, this::worker)) {
                return work.run(open);
            } catch (WrongPassphrase e) {
                err.println(e.getMessage());
                return WRONG_PASSPHRASE;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
    }

    interface VaultWork<T> {
        int run(OpenVault open) throws Exception;
    }

    @Command(name = "init", description = "Create a new, empty Hearth database protected by the passphrase.")
    static final class Init implements Callable<Integer> {
        @CommandLine.Mixin
        Access access;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (access.server().isPresent()) {
                spec.commandLine().getErr().println("A team server's database is set up by its administrator:"
                        + " see docs/team-server.md and 'hearth server-migrate'.");
                return 1;
            }
            Vault vault = new Vault(access.folder(), Clock.systemDefaultZone());
            PrintWriter out = spec.commandLine().getOut();
            switch (vault.state()) {
                case READY -> {
                    spec.commandLine().getErr().println("A Hearth database already exists in " + access.folder());
                    return 1;
                }
                case INCOMPLETE -> {
                    spec.commandLine().getErr().println(CommandFailures.incomplete(access.folder()));
                    return NO_DATABASE;
                }
                default -> { }
            }
            char[] secret = access.passphrase();
            if (secret.length < Vault.MIN_PASSPHRASE) {
                spec.commandLine().getErr().println("A passphrase has at least " + Vault.MIN_PASSPHRASE + " characters.");
                return 2;
            }
            try (OpenVault open = vault.create(secret, access::worker)) {
                out.println("Created an encrypted Hearth database in " + access.folder());
            } finally {
                Arrays.fill(secret, '\0');
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the cases: reference, status, next review. Names are not printed.")
    static final class ListCases implements Callable<Integer> {
        @CommandLine.Mixin
        Access access;

        @Option(names = "--names", description = "Also print each case's display name")
        boolean names;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return access.withVault(spec.commandLine().getErr(), open -> {
                for (CaseSummary c : open.cases().cases()) {
                    out.printf("%-16s %-7s %-10s%s%n", c.reference(), c.status(),
                            c.nextReview() == null ? "-" : c.nextReview(), names ? "  " + c.displayName() : "");
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "demo", description = "Add the demo case (an invented family) for practice and screenshots.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        Access access;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return access.withVault(spec.commandLine().getErr(), open -> {
                open.demo().create();
                spec.commandLine().getOut().println("The demo case " + org.hearth.service.DemoCase.REFERENCE
                        + " is in the database.");
                return 0;
            });
        }
    }

    /** The version from the jar's manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HearthCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Hearth " + (version == null ? "development" : version)};
        }
    }
}
