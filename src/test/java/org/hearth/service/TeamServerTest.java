package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.store.StoreException;
import org.hearth.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hearth on a real PostgreSQL team server: each worker sees their own cases, the cases shared with them,
 * and a team lead every case; a worker's own SQL client shows no more; the history names the real worker; two
 * workers saving the same plan meet the conflict. One fresh database per test.
 */
class TeamServerTest {

    MovableClock clock = new MovableClock(LocalDate.of(2026, 12, 1).atTime(10, 0));
    TestPostgres server;
    String anna;
    String bob;
    String carol;
    String lead;
    final List<OpenVault> signedIn = new ArrayList<>();

    @BeforeEach
    void server() {
        server = TestPostgres.freshDatabase();
        anna = server.worker("anna", false);
        bob = server.worker("bob", false);
        carol = server.worker("carol", false);
        lead = server.worker("lena", true);
    }

    @AfterEach
    void signOut() {
        signedIn.forEach(OpenVault::close);
    }

    /** Signs in through Hearth; the app's own idea of the name is deliberately wrong: the server's must win. */
    private OpenVault signIn(String worker) throws Exception {
        OpenVault vault = new TeamServer(server.address(), clock).signIn(worker, server.password(worker),
                () -> "Someone Else");
        signedIn.add(vault);
        return vault;
    }

    private long carolsCase(OpenVault vault) throws Exception {
        CaseService cases = vault.cases();
        long id = cases.create(new CaseDetails("CB-7", "Family B", "Carol", LocalDate.of(2027, 2, 1), "nl")).id();
        cases.saveHousehold(id, cases.open(id).version(), List.of(
                new HouseholdMember(null, "Noor", HouseholdRole.PARENT, 1990, null, null, null, RiskRole.AT_RISK, 0)));
        return id;
    }

    /** Rows per table as this connection sees them (every table of the schema but Flyway's). */
    private static Map<String, Integer> rowsSeen(Connection connection) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                     + " and tablename <> 'flyway_schema_history'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                result.next();
                rows.put(table, result.getInt(1));
            }
        }
        return rows;
    }

    private Map<String, Integer> rowsSeenBy(String worker) throws SQLException {
        try (Connection connection = server.sql(worker)) {
            return rowsSeen(connection);
        }
    }

    @Test
    void eachWorkerSeesTheirOwnCasesAndTheTeamLeadSeesAll() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        long other = carolsCase(signIn(carol));

        assertThat(annas.cases().cases()).extracting(CaseSummary::id).containsExactly(demo);
        assertThat(signIn(carol).cases().cases()).extracting(CaseSummary::id).containsExactly(other);
        assertThat(signIn(bob).cases().cases()).isEmpty();
        assertThat(signIn(lead).cases().cases()).extracting(CaseSummary::id).containsExactlyInAnyOrder(demo, other);
        OpenVault bobs = signIn(bob);
        // to Bob, Anna's case does not exist, even when he asks for it by its number
        assertThatThrownBy(() -> bobs.cases().open(demo)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CHANGED_ELSEWHERE));
        assertThatThrownBy(() -> bobs.plans().load(demo)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CHANGED_ELSEWHERE));
    }

    @Test
    void aWorkersOwnSqlClientShowsNoMoreThanHearthDoes() throws Exception {
        signIn(anna).demo().create();
        carolsCase(signIn(carol));

        Map<String, Integer> all;
        try (Connection admin = server.sqlAsAdmin()) {
            all = rowsSeen(admin);
        }
        Map<String, Integer> annas = rowsSeenBy(anna);
        Map<String, Integer> carols = rowsSeenBy(carol);
        Map<String, Integer> bobs = rowsSeenBy(bob);
        assertThat(all.get("signal")).as("the demo case has signals").isPositive();
        assertThat(all.get("signal_aud")).as("and their history").isPositive();
        for (String table : all.keySet()) {
            if (table.equals("revision")) {
                continue;
            }
            assertThat(bobs.get(table)).as("rows of %s Bob sees", table).isZero();
            assertThat(annas.get(table) + carols.get(table)).as("rows of %s: Anna's and Carol's, apart", table)
                    .isEqualTo(all.get(table));
        }
        assertThat(rowsSeenBy(lead)).as("the team lead sees every row").isEqualTo(all);
        // the revisions everyone sees say who saved when, and nothing of a case
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("select column_name from information_schema.columns"
                     + " where table_name = 'revision' order by column_name")) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString(1));
            }
            assertThat(names).containsExactly("id", "saved_at", "worker");
        }
    }

    @Test
    void aWorkerCannotChangeAnotherWorkersCaseWithSqlEither() throws Exception {
        long demo = signIn(anna).demo().create();
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update family set display_name = 'taken' where id = " + demo))
                    .isZero();
            assertThatThrownBy(() -> statement.executeUpdate("delete from signal_aud")).as("history is append-only")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThat(statement.executeUpdate("update family set owner_worker = '" + bob + "'")).isZero();
            assertThatThrownBy(() -> statement.executeUpdate("insert into person (id, family_id, name, role,"
                    + " risk_role, colour) values (999999, " + demo + ", 'Spy', 'OTHER', 'NOT_KNOWN', 0)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.executeUpdate("insert into case_share (family_id, worker, shared_by)"
                    + " values (" + demo + ", '" + bob + "', '" + anna + "')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        try (Connection connection = server.sql(anna); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update family set owner_worker = '" + bob + "' where id = " + demo);
            try (ResultSet owner = statement.executeQuery("select owner_worker from family where id = " + demo)) {
                assertThat(owner.next()).isTrue();
                assertThat(owner.getString(1)).as("only a team lead hands a case over").isEqualTo(anna);
            }
        }
        assertThat(signIn(anna).plans().load(demo).signals()).isNotEmpty();
    }

    @Test
    void aSharedCaseIsSeenUntilSharingStopsAndOnlyItsOwnerOrTheLeadShares() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        OpenVault bobs = signIn(bob);

        annas.sharing().share(demo, bob);
        assertThat(annas.sharing().sharedWith(demo)).containsExactly(bob);
        assertThat(annas.sharing().colleagues()).contains(bob, carol, lead).doesNotContain(anna);
        assertThat(bobs.cases().cases()).extracting(CaseSummary::id).containsExactly(demo);
        assertThat(bobs.plans().load(demo)).isEqualTo(annas.plans().load(demo));
        assertThat(rowsSeenBy(bob)).isEqualTo(rowsSeenBy(anna));
        assertThatThrownBy(() -> bobs.sharing().share(demo, carol))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_ALLOWED));
        assertThat(signIn(carol).cases().cases()).isEmpty();

        signIn(lead).sharing().share(demo, carol);
        assertThat(signIn(carol).cases().cases()).extracting(CaseSummary::id).containsExactly(demo);

        annas.sharing().stopSharing(demo, bob);
        assertThat(bobs.cases().cases()).isEmpty();
        assertThat(rowsSeenBy(bob).entrySet().stream().filter(e -> !e.getKey().equals("revision"))
                .mapToInt(Map.Entry::getValue).sum()).isZero();
    }

    @Test
    void theHistoryNamesTheWorkerWhoSignedInWhateverTheAppSays() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        annas.sharing().share(demo, bob);
        OpenVault bobs = signIn(bob);
        PlanDraft plan = bobs.plans().load(demo);
        bobs.plans().save(demo, PlanEditsForTest.nextReview(plan, LocalDate.of(2027, 5, 1)));

        List<PlanDraft.Revision> history = annas.plans().history(demo);
        assertThat(history).extracting(PlanDraft.Revision::worker).contains(anna, bob)
                .doesNotContain("Someone Else");
        assertThat(history.get(history.size() - 1).worker()).isEqualTo(bob);
        assertThat(annas.sharing().me()).isEqualTo(anna);
    }

    @Test
    void twoWorkersSavingThePlanMeetTheConflictAndNothingIsOverwrittenUnasked() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        annas.sharing().share(demo, bob);
        OpenVault bobs = signIn(bob);

        PlanDraft annaRead = annas.plans().load(demo);
        PlanDraft bobRead = bobs.plans().load(demo);
        annas.plans().save(demo, PlanEditsForTest.nextReview(annaRead, LocalDate.of(2027, 3, 1)));
        PlanDraft bobsEdit = PlanEditsForTest.nextReview(bobRead, LocalDate.of(2027, 4, 1));
        assertThatThrownBy(() -> bobs.plans().save(demo, bobsEdit))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CHANGED_ELSEWHERE));
        PlanDraft theirs = bobs.plans().load(demo);
        assertThat(theirs.nextReview()).as("Anna's save stands").isEqualTo(LocalDate.of(2027, 3, 1));
        List<PlanDraft.Revision> history = bobs.plans().history(demo);
        assertThat(history.get(history.size() - 1).worker()).as("who Bob's screen says saved meanwhile")
                .isEqualTo(anna);

        // Bob chooses "Keep mine": his version is saved over Anna's, and both stay in the history
        bobs.plans().save(demo, bobsEdit.over(theirs));
        assertThat(annas.plans().load(demo).nextReview()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(annas.plans().history(demo)).extracting(PlanDraft.Revision::worker).endsWith(anna, bob);
    }

    @Test
    void erasingACaseOnTheServerLeavesNoRowOfItAndTouchesNoOtherCase() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        OpenVault carols = signIn(carol);
        long other = carolsCase(carols);
        annas.sharing().share(demo, bob);
        Map<String, Integer> carolBefore = rowsSeenBy(carol);

        annas.erasure().erase(ErasureService.Kind.CASE, demo);

        assertThat(annas.cases().cases()).isEmpty();
        assertThat(signIn(bob).cases().cases()).as("the share went with the case").isEmpty();
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            for (Map.Entry<String, Integer> table : rowsSeen(admin).entrySet()) {
                if (carolBefore.containsKey(table.getKey()) && !table.getKey().equals("revision")
                        && !table.getKey().equals("family") && !table.getKey().equals("case_share")) {
                    try (ResultSet left = statement.executeQuery("select count(*) from " + table.getKey()
                            + " where case_id = " + demo)) {
                        left.next();
                        assertThat(left.getInt(1)).as("rows of the erased case left in %s", table.getKey()).isZero();
                    }
                }
            }
            try (ResultSet left = statement.executeQuery("select count(*) from family_aud where id = " + demo)) {
                left.next();
                assertThat(left.getInt(1)).isZero();
            }
        }
        Map<String, Integer> carolAfter = rowsSeenBy(carol);
        assertThat(carolAfter.remove("revision")).as("the erased case's revisions went, no others")
                .isEqualTo(carolBefore.remove("revision") - 1);
        assertThat(carolAfter).as("Carol's case and its history").isEqualTo(carolBefore);
        assertThat(carols.cases().lastSaved(other)).isPresent();
        assertThat(carols.cases().open(other).household()).hasSize(1);
    }

    @Test
    void textInAnyScriptIsKeptExactlyOnTheServer() throws Exception {
        OpenVault annas = signIn(anna);
        String name = "مريم & Ådne 🌷 李小龙 ‏עברית‎ " + "ö".repeat(40);
        long id = annas.cases().create(new CaseDetails("TX-1", name, "Anna", LocalDate.of(2027, 1, 1), "ar")).id();
        assertThat(signIn(anna).cases().open(id).summary().displayName()).isEqualTo(name);
    }

    @Test
    void everyPartOfACaseWorksOnTheServerAsOnTheLaptop() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();

        assertThat(annas.followUp().today()).as("the Today screen's attention lines").isNotNull();
        HomeDraft home = annas.homes().load(demo);
        assertThat(annas.homes().save(demo, home)).isNotNull();
        HandoutService.Source source = annas.handouts().load(demo);
        assertThat(source.plan().signals()).isNotEmpty();
        annas.handouts().record(demo, "member", "Ria de Wit", "nl", null, false,
                org.hearth.domain.HandoutRecord.Action.PRINTED);
        assertThat(annas.handouts().records(demo)).hasSize(1);
        long someone = annas.cases().open(demo).household().get(0).id();
        assertThat(annas.subjectAccess().of(SubjectAccess.Kind.HOUSEHOLD_MEMBER, someone).name()).isNotBlank();

        java.nio.file.Path file = java.nio.file.Files.createTempFile("hearth-server-case", ".json");
        try {
            annas.caseFile().export(org.hearth.service.DemoCase.REFERENCE, file);
            String copy = java.nio.file.Files.readString(file).replace(org.hearth.service.DemoCase.REFERENCE, "COPY-1");
            java.nio.file.Files.writeString(file, copy);
            OpenVault carols = signIn(carol);
            assertThat(carols.caseFile().importCase(file)).isEqualTo("COPY-1");
            long copied = carols.cases().cases().get(0).id();
            assertThat(carols.plans().load(copied).signals()).hasSameSizeAs(annas.plans().load(demo).signals());
            assertThat(annas.cases().cases()).as("Carol's import is Carol's").hasSize(1);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(signIn(lead).followUp().today()).isNotNull();
    }

    @Test
    void connectionsTheServerDroppedAreReplacedBeforeTheWorkersNextSave() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        PlanDraft plan = annas.plans().load(demo);
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + anna + "'");
        }
        PlanDraft edited = PlanEditsForTest.nextReview(plan, LocalDate.of(2027, 6, 1));
        annas.plans().save(demo, edited);
        assertThat(signIn(anna).plans().load(demo).nextReview()).isEqualTo(LocalDate.of(2027, 6, 1));
        for (int i = 0; i < 6; i++) {
            assertThat(annas.cases().cases()).as("every pooled connection works again").hasSize(1);
        }
    }
}
