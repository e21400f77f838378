package org.hearth.bench;

import static org.hearth.bench.Timing.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.service.BenchCases;
import org.hearth.service.OpenVault;
import org.hearth.service.TeamServer;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.store.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the team server's row-level security costs: the same cases on the laptop's encrypted file and on
 * PostgreSQL over TLS, read by a worker who sees half of them and by a team lead who sees all. Prints medians and
 * 95th percentiles. Run with {@code ./mvnw -Pbench verify -Dtest=TeamServerBenchmark} and a test server
 * ({@code .ci/test-postgres start}); {@code -Dbench.serverCases=N} cases per worker.
 */
@Tag("benchmark")
class TeamServerBenchmark {

    private static final int CASES = Integer.getInteger("bench.serverCases", 500);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path temp;

    private final List<String> rows = new ArrayList<>();

    @Test
    void rowLevelSecurityAgainstTheEmbeddedFile() throws Exception {
        TestPostgres server = TestPostgres.freshDatabase();
        String anna = server.worker("anna", false);
        String carol = server.worker("carol", false);
        String lead = server.worker("lena", true);
        TeamServer team = new TeamServer(server.address(), Clock.systemDefaultZone());

        long start = System.nanoTime();
        try (OpenVault annas = team.signIn(anna, server.password(anna), () -> "Anna");
             OpenVault carols = team.signIn(carol, server.password(carol), () -> "Carol")) {
            BenchCases.add(annas, 1, CASES, TODAY);
            BenchCases.add(carols, CASES + 1, 2 * CASES, TODAY);
        }
        rows.add(String.format(Locale.ROOT, "| writing %d cases on the server | %.0f | | |", 2 * CASES,
                (System.nanoTime() - start) / 1e6));
        Vault vault = new Vault(new DataFolder(Files.createDirectories(temp.resolve("data"))),
                Clock.systemDefaultZone());
        try (OpenVault file = vault.create("a benchmark passphrase".toCharArray(), () -> "Anna")) {
            BenchCases.add(file, 1, 2 * CASES, TODAY);
        }

        row("sign in as a worker (TLS, Hibernate validate)", measure(1, 5, () -> {
            team.signIn(anna, server.password(anna), () -> "Anna").close();
            return null;
        }));
        try (OpenVault file = vault.open("a benchmark passphrase".toCharArray(), () -> "Anna");
             OpenVault annas = team.signIn(anna, server.password(anna), () -> "Anna");
             OpenVault leads = team.signIn(lead, server.password(lead), () -> "Lena")) {
            for (Object[] who : new Object[][] {{"laptop file, all " + 2 * CASES, file},
                    {"server, worker (sees " + CASES + ")", annas}, {"server, team lead (sees " + 2 * CASES + ")", leads}}) {
                OpenVault open = (OpenVault) who[1];
                long id = open.cases().cases().get(0).id();
                row("case list: " + who[0], measure(3, 15, () -> open.cases().cases()));
                row("open a safety plan: " + who[0], measure(3, 15, () -> open.plans().load(id)));
                row("Today screen: " + who[0], measure(3, 15, () -> open.followUp().today()));
            }
        }
        String table = "| what | median ms | p95 ms | |\n| --- | --- | --- | --- |\n" + String.join("\n", rows) + "\n";
        System.out.printf("%nTeam server benchmark, %d cases per worker, %d cores%n%n%s%n", CASES,
                Runtime.getRuntime().availableProcessors(), table);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "team-server.md"), table);
    }

    private void row(String what, double[] figures) {
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | |", what, figures[0], figures[1]));
    }
}
