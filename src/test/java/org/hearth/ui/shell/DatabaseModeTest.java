package org.hearth.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which database a start uses: the environment variable wins over Settings. */
class DatabaseModeTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void nothingChosenIsThisLaptop() {
        DatabaseMode mode = DatabaseMode.decide(null, Optional.empty(), CLOCK);
        assertThat(mode.onTeamServer()).isFalse();
        assertThat(mode.fromEnvironment()).isFalse();
    }

    @Test
    void settingsChooseATeamServer() {
        DatabaseMode mode = DatabaseMode.decide("  ", Optional.of("postgresql://db.example.org/hearth"), CLOCK);
        assertThat(mode.onTeamServer()).isTrue();
        assertThat(mode.fromEnvironment()).isFalse();
        assertThat(mode.server().serverName()).isEqualTo("db.example.org/hearth");
        assertThat(mode.server().verifiesServer()).isFalse();
    }

    @Test
    void theEnvironmentWinsOverSettingsEvenForTheLaptop() {
        DatabaseMode mode = DatabaseMode.decide("embedded", Optional.of("postgresql://db.example.org/hearth"), CLOCK);
        assertThat(mode.onTeamServer()).isFalse();
        assertThat(mode.fromEnvironment()).isTrue();
        DatabaseMode server = DatabaseMode.decide("postgresql://team.example.org:6543/cases?sslrootcert=/etc/ca.crt",
                Optional.empty(), CLOCK);
        assertThat(server.fromEnvironment()).isTrue();
        assertThat(server.server().serverName()).isEqualTo("team.example.org:6543/cases");
        assertThat(server.server().verifiesServer()).isTrue();
        assertThat(server.address()).isEqualTo("postgresql://team.example.org:6543/cases?sslrootcert=/etc/ca.crt");
    }

    @Test
    void anUnreadableAddressStaysOnTheServerWithTheReasonAndKeepsNoSecret() {
        DatabaseMode mode = DatabaseMode.decide("postgresql://wendy:secret@db.example.org/hearth", Optional.empty(),
                CLOCK);
        assertThat(mode.onTeamServer()).isTrue();
        assertThat(mode.server()).isNull();
        assertThat(mode.address()).isNull();
        assertThat(mode.problemKey()).isEqualTo("server.address.sign_in_in_address");
        assertThat(DatabaseMode.decide(null, Optional.of("http://x/y"), CLOCK).problemKey())
                .isEqualTo("server.address.scheme");
    }
}
