package org.hearth.ui.shell;

import java.time.Clock;
import java.util.Optional;
import org.hearth.service.TeamServer;

/**
 * Where Hearth keeps the cases this time: this laptop's encrypted file, or a team server. The variable
 * {@value TeamServer#ENVIRONMENT_VARIABLE} decides when it is set, else the choice in Settings. An address that
 * cannot be read leaves Hearth on the sign-in screen with the reason ({@code problemKey}), never quietly on the
 * laptop's file.
 *
 * @param server      the team server, or null for this laptop's file (or an unreadable address)
 * @param fromEnvironment whether {@value TeamServer#ENVIRONMENT_VARIABLE} decided (Settings then only show it)
 * @param address     the address as written down again, or null
 * @param problemKey  the message key of what is wrong with the address, or null
 */
public record DatabaseMode(TeamServer server, boolean fromEnvironment, String address, String problemKey) {

    /** This laptop's own encrypted file, as Settings chose it. */
    public static DatabaseMode laptop() {
        return new DatabaseMode(null, false, null, null);
    }

    /** The mode for this start: the environment variable's value when set (not blank), else the saved choice. */
    public static DatabaseMode decide(String environment, Optional<String> saved, Clock clock) {
        boolean fromEnvironment = environment != null && !environment.isBlank();
        String choice = fromEnvironment ? environment : saved.orElse("");
        if (TeamServer.namesLaptopFile(choice)) {
            return new DatabaseMode(null, fromEnvironment, null, null);
        }
        Optional<String> problem = TeamServer.addressProblemKey(choice);
        if (problem.isPresent()) {
            // the unreadable text itself is not kept: it could hold a password typed into it
            return new DatabaseMode(null, fromEnvironment, null, problem.get());
        }
        return new DatabaseMode(TeamServer.at(choice, clock), fromEnvironment, TeamServer.normalised(choice), null);
    }

    /** Whether the cases are on a team server (signing in), rather than in this laptop's file. */
    public boolean onTeamServer() {
        return server != null || problemKey != null;
    }
}
