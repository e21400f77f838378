package org.hearth.app;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hearth.domain.CaseSummary;
import org.hearth.service.TeamServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The team server from the command line (docs/team-server.md). */
final class ServerCommands {

    private ServerCommands() {
    }

    @Command(name = "server-migrate", description = "Bring a team server's database up to this Hearth's version."
            + " Run by the administrator who owns the tables (--user), never by a worker.")
    static final class Migrate implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            var server = access.server();
            if (server.isEmpty()) {
                err.println("Name the team server with --db or HEARTH_DB_URL.");
                return 2;
            }
            char[] password = access.passphrase();
            try {
                new TeamServer(server.get(), Clock.systemDefaultZone()).migrate(access.user(), password);
                spec.commandLine().getOut().println("The team server's database is at this Hearth's version.");
                return 0;
            } catch (org.hearth.store.StoreException e) {
                err.println(e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "share", description = "Share a case on the team server with a colleague (cover during"
            + " holidays), or stop sharing it with --stop. Only the case's owner or a team lead may.")
    static final class Share implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @Parameters(index = "0", description = "The case reference")
        String reference;

        @Option(names = "--with", required = true, description = "The colleague's sign-in name")
        String colleague;

        @Option(names = "--stop", description = "Stop sharing the case with this colleague")
        boolean stop;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            if (access.server().isEmpty()) {
                err.println("Cases are shared on a team server only: name it with --db or HEARTH_DB_URL.");
                return 2;
            }
            return access.withVault(err, open -> {
                Optional<CaseSummary> found = open.cases().cases().stream()
                        .filter(c -> c.reference().equals(reference)).findFirst();
                if (found.isEmpty()) {
                    err.println("You have no case " + reference + " on this server.");
                    return CaseFileCommands.BAD_FILE;
                }
                try {
                    if (stop) {
                        open.sharing().stopSharing(found.get().id(), colleague);
                    } else {
                        open.sharing().share(found.get().id(), colleague);
                    }
                } catch (org.hearth.store.StoreException e) {
                    err.println(e.getMessage());
                    return 1;
                }
                spec.commandLine().getOut().println("Case " + reference + " is shared with: "
                        + String.join(", ", open.sharing().sharedWith(found.get().id())));
                return 0;
            });
        }
    }
}
