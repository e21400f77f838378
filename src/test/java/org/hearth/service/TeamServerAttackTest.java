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
import org.hearth.store.StoreException;
import org.hearth.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker attacking the team server with their own SQL client, as PostgreSQL's own guidance on SECURITY DEFINER
 * functions and on schema {@code public} warns: a planted operator, rewritten history, probing the helper that maps
 * rows to cases. Each attack is tried and must be refused; erasing by the case's owner or a team lead still works.
 */
class TeamServerAttackTest {

    MovableClock clock = new MovableClock(LocalDate.of(2026, 12, 1).atTime(10, 0));
    TestPostgres server;
    String anna;
    String bob;
    String lead;
    final List<OpenVault> signedIn = new ArrayList<>();

    @BeforeEach
    void server() {
        server = TestPostgres.freshDatabase();
        anna = server.worker("anna", false);
        bob = server.worker("bob", false);
        lead = server.worker("lena", true);
    }

    @AfterEach
    void signOut() {
        signedIn.forEach(OpenVault::close);
    }

    private OpenVault signIn(String worker) throws Exception {
        OpenVault vault = new TeamServer(server.address(), clock).signIn(worker, server.password(worker),
                () -> "Someone Else");
        signedIn.add(vault);
        return vault;
    }

    private void asAdmin(String sql) throws SQLException {
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private int countAsAdmin(String sql) throws SQLException {
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void refused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    /** Every history table (the Envers *_aud tables) and the revision table, with their rows, as the admin sees them. */
    private Map<String, String> historyAsAdmin() throws SQLException {
        Map<String, String> history = new TreeMap<>();
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select tablename from pg_tables where schemaname ="
                    + " 'public' and (tablename like '%\\_aud' or tablename = 'revision')")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by"
                        + " t::text), '')) from " + table + " t")) {
                    rows.next();
                    history.put(table, rows.getString(1));
                }
            }
        }
        return history;
    }

    @Test
    void anOperatorPlantedInSchemaPublicOpensNoOtherWorkersCase() throws Exception {
        long demo = signIn(anna).demo().create();
        // as PostgreSQL 13 and 14 have it by default: every role may create in schema public
        asAdmin("grant create on schema public to public");
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement()) {
            statement.execute("create function public.always_true(varchar, name) returns boolean"
                    + " language sql immutable as 'select true'");
            statement.execute("create operator public.= (leftarg = varchar, rightarg = name,"
                    + " function = public.always_true)");
            assertThat(count(statement, "select count(*) from family")).as("cases Bob sees").isZero();
            assertThat(count(statement, "select count(*) from safe_place")).as("safe places Bob sees").isZero();
            assertThat(count(statement, "select count(*) from safe_place_aud")).as("their history").isZero();
            assertThat(count(statement, "select count(*) from person")).as("household members").isZero();
            refused(statement, "insert into case_share (family_id, worker, shared_by) values (" + demo + ", '"
                    + bob + "', '" + bob + "')");
        }
        assertThat(signIn(bob).cases().cases()).as("cases Hearth shows Bob").isEmpty();
        assertThat(countAsAdmin("select count(*) from safe_place")).as("there are safe places to see").isPositive();
    }

    @Test
    void everyFunctionThatSeesThroughTheRulesResolvesNothingThroughASchemaAWorkerMayCreateIn() throws Exception {
        List<String> unpinned = new ArrayList<>();
        try (Connection admin = server.sqlAsAdmin(); Statement statement = admin.createStatement();
             ResultSet result = statement.executeQuery("select p.proname, coalesce(array_to_string(p.proconfig,"
                     + " ';'), '') from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                     + " where n.nspname = 'public' and p.prosecdef")) {
            while (result.next()) {
                if (!result.getString(2).equals("search_path=pg_catalog, pg_temp")) {
                    unpinned.add(result.getString(1) + " [" + result.getString(2) + "]");
                }
            }
        }
        assertThat(unpinned).as("SECURITY DEFINER functions without search_path = pg_catalog, pg_temp").isEmpty();
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement()) {
            refused(statement, "create function public.mine() returns int language sql as 'select 1'");
        }
    }

    @Test
    void aWorkerACaseIsSharedWithCannotRewriteOrDeleteItsHistory() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        annas.sharing().share(demo, bob);
        Map<String, String> before = historyAsAdmin();
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from person_aud")).as("Bob reads the history").isPositive();
            refused(statement, "update person_aud set name = 'forged'");
            refused(statement, "delete from signal_aud");
            refused(statement, "delete from person_aud where family_id = " + demo);
            refused(statement, "update revision set worker = '" + bob + "'");
            refused(statement, "delete from revision");
            long annasRevision;
            try (ResultSet rev = statement.executeQuery("select max(rev) from person_aud")) {
                rev.next();
                annasRevision = rev.getLong(1);
            }
            // a forged past version under Anna's name: a revision that is not Bob's own
            refused(statement, "insert into person_aud (id, rev, revtype, family_id, name, role, risk_role, colour)"
                    + " values (999999, " + annasRevision + ", 1, " + demo + ", 'forged', 'OTHER', 'NOT_KNOWN', 0)");
            refused(statement, "select hearth_erase_history('person', 'family_id', array[" + demo + "]::bigint[])");
        }
        assertThat(historyAsAdmin()).as("every history table, row for row").isEqualTo(before);
        assertThatThrownBy(() -> signIn(bob).erasure().erase(ErasureService.Kind.CASE, demo))
                .as("only the case's owner or a team lead erases")
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_ALLOWED));
        assertThat(historyAsAdmin()).as("after Bob's erasure was refused").isEqualTo(before);
        assertThat(annas.plans().history(demo)).extracting(PlanDraft.Revision::worker).containsOnly(anna);
    }

    @Test
    void theHelperThatMapsRowsToCasesAnswersNoWorker() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        long someone = annas.cases().open(demo).household().get(0).id();
        try (Connection connection = server.sql(bob); Statement statement = connection.createStatement()) {
            refused(statement, "select hearth_case_of('person', " + someone + ")");
            refused(statement, "select hearth_case_of('family', " + demo + ")");
            refused(statement, "select hearth_revision_is_empty(1)");
            // what a worker may still ask answers only for themself
            try (ResultSet seen = statement.executeQuery("select hearth_may_see(" + demo + ")")) {
                seen.next();
                assertThat(seen.getBoolean(1)).isFalse();
            }
        }
        // the rules still stamp each new row with its case
        List<HouseholdMember> household = new ArrayList<>(annas.cases().open(demo).household());
        household.add(new HouseholdMember(null, "Noor", org.hearth.domain.HouseholdRole.PARENT, 1990, null, null,
                null, org.hearth.domain.RiskRole.AT_RISK, 0));
        annas.cases().saveHousehold(demo, annas.cases().open(demo).version(), household);
        assertThat(annas.cases().open(demo).household()).extracting(HouseholdMember::name).contains("Noor");
        assertThat(countAsAdmin("select count(*) from person where case_id is distinct from " + demo)).isZero();
        assertThat(countAsAdmin("select count(*) from person_aud where case_id is distinct from " + demo)).isZero();
    }

    @Test
    void theOwnerAndATeamLeadStillEraseAndLeaveNoHistoryOfWhatWasErased() throws Exception {
        OpenVault annas = signIn(anna);
        long demo = annas.demo().create();
        long other = annas.cases().create(new CaseDetails("CB-7", "Family B", "Anna", LocalDate.of(2027, 2, 1),
                "nl")).id();
        annas.cases().saveHousehold(other, annas.cases().open(other).version(), List.of(new HouseholdMember(null,
                "Noor", org.hearth.domain.HouseholdRole.PARENT, 1990, null, null, null,
                org.hearth.domain.RiskRole.AT_RISK, 0)));
        long someone = annas.cases().open(demo).household().get(0).id();
        annas.erasure().erase(ErasureService.Kind.HOUSEHOLD_MEMBER, someone);
        assertThat(countAsAdmin("select count(*) from person_aud where id = " + someone)).isZero();
        assertThat(annas.cases().open(demo).household()).extracting(HouseholdMember::id).doesNotContain(someone);

        signIn(lead).erasure().erase(ErasureService.Kind.CASE, demo);
        for (String table : historyAsAdmin().keySet()) {
            if (!table.equals("revision")) {
                assertThat(countAsAdmin("select count(*) from " + table + " where case_id = " + demo))
                        .as("history of the erased case in %s", table).isZero();
            }
        }
        assertThat(annas.cases().cases()).extracting(org.hearth.domain.CaseSummary::id).containsExactly(other);
        assertThat(countAsAdmin("select count(*) from person_aud where case_id = " + other)).isPositive();
    }

    @Test
    void aServerAtTheEarlierVersionUpgradesOnceNoWorkerOwnsAnythingInSchemaPublic() throws Exception {
        TestPostgres old = TestPostgres.freshDatabase(false);
        old.migrateTo(4);
        String planter = old.worker("pat", false);
        try (Connection admin = old.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("grant create on schema public to public");
        }
        try (Connection connection = old.sql(planter); Statement statement = connection.createStatement()) {
            statement.execute("create function public.always_true(varchar, name) returns boolean"
                    + " language sql immutable as 'select true'");
            statement.execute("create operator public.= (leftarg = varchar, rightarg = name,"
                    + " function = public.always_true)");
        }
        assertThatThrownBy(() -> org.hearth.store.Database.migrateServer(old.address(), old.admin(),
                old.adminPassword())).as("the upgrade while a worker's operator sits in schema public")
                .isInstanceOf(StoreException.class).hasStackTraceContaining("that a worker made");

        try (Connection admin = old.sqlAsAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("grant " + planter + " to " + old.admin());
            statement.execute("drop owned by " + planter);
        }
        org.hearth.store.Database.migrateServer(old.address(), old.admin(), old.adminPassword());
        try (Connection connection = old.sql(planter); Statement statement = connection.createStatement()) {
            refused(statement, "create function public.mine() returns int language sql as 'select 1'");
            refused(statement, "delete from revision");
            refused(statement, "select hearth_case_of('family', 1)");
        }
        try (OpenVault pats = new TeamServer(old.address(), clock).signIn(planter, old.password(planter),
                () -> "Pat")) {
            long demo = pats.demo().create();
            assertThat(pats.plans().history(demo)).extracting(PlanDraft.Revision::worker).containsOnly(planter);
        }
    }
}
