package org.hearth.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Erasing for good (GDPR right to erasure): a household member, a network member or a whole case, with every row
 * that is about them and every past version of those rows in the history ({@code *_aud}); revisions left with
 * nothing in them go too. Plain SQL, so that the erasing itself leaves no new history. The same walk, run without
 * deleting, counts what would go, for the confirmation the worker reads first.
 *
 * <p>Deleted rows still sit in the database file until it is compacted: call {@link Database#compact()} after the
 * transaction (see decision 0015).
 *
 * <p>On a team server history is append-only for workers: past versions and revisions are erased through the
 * server's own functions ({@code hearth_erase_history}, {@code hearth_unpoint_history},
 * {@code hearth_drop_empty_revisions}), which let only the case's owner or a team lead erase (decision 0017).
 */
public final class Erasure {

    /** What an erasure takes away: rows in the plan and agreements, contact lines, and past versions. */
    public record Tally(int planItems, int contactLines, int historyEntries) {
    }

    /** A table holding rows about its parent: the column naming the parent, whether it has its own id, its parts. */
    private record Part(String table, String parentColumn, boolean hasId, List<Part> parts) {
        Part(String table, String parentColumn) {
            this(table, parentColumn, true, List.of());
        }

        static Part link(String table, String parentColumn) {
            return new Part(table, parentColumn, false, List.of());
        }

        static Part withParts(String table, String parentColumn, Part... parts) {
            return new Part(table, parentColumn, true, List.of(parts));
        }
    }

    /** Every history table, so that revisions left empty can be found. {@code ErasureTest} checks it is complete. */
    static final List<String> HISTORY_TABLES = List.of("activity_agreement", "activity_day", "buddy_pair",
            "check_in", "check_in_agreement", "contact_link", "emergency_contact", "family", "handout_record",
            "home_agreement", "network_member", "network_member_channel", "network_member_role", "person",
            "plan_review", "private_time", "private_time_day", "respect_rule", "risk_factor", "room", "safe_place",
            "safe_place_confidential_from", "safe_place_thing", "safety_plan", "safety_score", "signal",
            "signal_channel", "signal_confidential_from", "signal_response", "signal_sender", "time_out_place",
            "time_out_rule", "time_out_use", "warning_sign");

    private static final Part CHECK_INS_OF_AGREEMENT = Part.link("check_in", "agreement_id");
    private static final Part CHECK_INS_OF_BUDDY_PAIR = Part.link("check_in", "buddy_pair_id");

    /** The rows about a household member, in an order their references allow. */
    private static final List<Part> ABOUT_A_PERSON = List.of(
            Part.link("signal_sender", "person_id"),
            Part.link("signal_confidential_from", "person_id"),
            Part.link("safe_place_confidential_from", "person_id"),
            new Part("safety_score", "person_id"),
            new Part("warning_sign", "person_id"),
            new Part("check_in", "person_id"),
            Part.withParts("check_in_agreement", "person_id", CHECK_INS_OF_AGREEMENT),
            Part.withParts("buddy_pair", "person_id", CHECK_INS_OF_BUDDY_PAIR),
            new Part("contact_link", "person_id"),
            Part.withParts("private_time", "person_id", Part.link("private_time_day", "private_time_id")),
            Part.withParts("activity_agreement", "person_id", Part.link("activity_day", "activity_id")),
            new Part("time_out_place", "person_id"));

    /** Plan rows that only point at a household member: the pointer goes, the row stays. */
    private static final List<String[]> POINTING_AT_A_PERSON = List.of(
            new String[] {"time_out_rule", "children_cared_by_id"},
            new String[] {"time_out_rule", "responsible_adult_id"},
            new String[] {"time_out_use", "called_by_id"});

    /** The rows about a network member. */
    private static final List<Part> ABOUT_A_MEMBER = List.of(
            new Part("signal_response", "receiver_id"),
            new Part("check_in", "member_id"),
            Part.withParts("check_in_agreement", "member_id", CHECK_INS_OF_AGREEMENT),
            Part.withParts("buddy_pair", "buddy_id", CHECK_INS_OF_BUDDY_PAIR),
            new Part("contact_link", "member_id"),
            Part.link("network_member_channel", "member_id"),
            Part.link("network_member_role", "member_id"));

    /** A whole case. */
    private static final Part CASE = Part.withParts("family", "id",
            new Part("check_in", "family_id"),
            new Part("handout_record", "family_id"),
            new Part("contact_link", "family_id"),
            Part.withParts("home_agreement", "family_id",
                    Part.withParts("private_time", "agreement_id", Part.link("private_time_day", "private_time_id")),
                    Part.withParts("activity_agreement", "agreement_id", Part.link("activity_day", "activity_id")),
                    new Part("time_out_use", "agreement_id"),
                    Part.withParts("time_out_rule", "agreement_id", new Part("time_out_place", "rule_id")),
                    new Part("respect_rule", "agreement_id"),
                    new Part("room", "agreement_id")),
            Part.withParts("safety_plan", "family_id",
                    Part.withParts("signal", "plan_id", new Part("signal_response", "signal_id"),
                            Part.link("signal_channel", "signal_id"), Part.link("signal_sender", "signal_id"),
                            Part.link("signal_confidential_from", "signal_id")),
                    new Part("risk_factor", "plan_id"),
                    new Part("warning_sign", "plan_id"),
                    Part.withParts("safe_place", "plan_id", Part.link("safe_place_thing", "place_id"),
                            Part.link("safe_place_confidential_from", "place_id")),
                    new Part("emergency_contact", "plan_id"),
                    new Part("check_in_agreement", "plan_id"),
                    new Part("buddy_pair", "plan_id"),
                    Part.withParts("plan_review", "plan_id", new Part("safety_score", "review_id"))),
            Part.withParts("network_member", "family_id", Part.link("network_member_channel", "member_id"),
                    Part.link("network_member_role", "member_id")),
            new Part("person", "family_id"));

    private final Session session;

    Erasure(Session session) {
        this.session = session;
    }

    /** What erasing this household member would take away. */
    public Tally countPerson(long personId) {
        return run(connection -> person(connection, personId, false));
    }

    /** Erases a household member, everything about them and its history. */
    public Tally erasePerson(long personId) {
        return run(connection -> person(connection, personId, true));
    }

    public Tally countMember(long memberId) {
        return run(connection -> member(connection, memberId, false));
    }

    /** Erases a network member, everything about them and its history. */
    public Tally eraseMember(long memberId) {
        return run(connection -> member(connection, memberId, true));
    }

    public Tally countCase(long familyId) {
        return run(connection -> whole(connection, familyId, false));
    }

    /** Erases a case: its household, network, plan, agreements, contacts, handout record and all their history. */
    public Tally eraseCase(long familyId) {
        return run(connection -> whole(connection, familyId, true));
    }

    private interface Job {
        Walk apply(Connection connection) throws SQLException;
    }

    private Tally run(Job job) {
        session.flush();
        Walk walk = session.doReturningWork(job::apply);
        session.clear();
        return new Tally(walk.planItems, walk.contactLines, walk.historyEntries);
    }

    private static Walk person(Connection connection, long personId, boolean erase) throws SQLException {
        Walk walk = new Walk(connection, erase);
        Long familyId = walk.single("select family_id from person where id = ?", personId);
        String name = walk.text("select name from person where id = ?", personId);
        for (Part part : ABOUT_A_PERSON) {
            walk.part(part, List.of(personId));
        }
        for (String[] pointer : POINTING_AT_A_PERSON) {
            walk.unpoint(pointer[0], pointer[1], personId);
        }
        walk.handoutsFor(familyId, name);
        walk.self("person", personId);
        walk.dropEmptyRevisions();
        return walk;
    }

    private static Walk member(Connection connection, long memberId, boolean erase) throws SQLException {
        Walk walk = new Walk(connection, erase);
        Long familyId = walk.single("select family_id from network_member where id = ?", memberId);
        String name = walk.text("select name from network_member where id = ?", memberId);
        for (Part part : ABOUT_A_MEMBER) {
            walk.part(part, List.of(memberId));
        }
        walk.handoutsFor(familyId, name);
        walk.self("network_member", memberId);
        walk.dropEmptyRevisions();
        return walk;
    }

    private static Walk whole(Connection connection, long familyId, boolean erase) throws SQLException {
        Walk walk = new Walk(connection, erase);
        walk.part(CASE, List.of(familyId));
        walk.dropEmptyRevisions();
        return walk;
    }

    /** One walk over the rows: counts them, and deletes them when erasing. */
    private static final class Walk {
        private final Connection connection;
        private final boolean erase;
        private final boolean server;
        private final Set<Long> revisions = new TreeSet<>();
        int planItems;
        int contactLines;
        int historyEntries;

        Walk(Connection connection, boolean erase) throws SQLException {
            this.connection = connection;
            this.erase = erase;
            this.server = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }

        void part(Part part, Collection<Long> parents) throws SQLException {
            if (parents.isEmpty()) {
                return;
            }
            if (part.hasId()) {
                Set<Long> ids = new LinkedHashSet<>(longs("select id from " + part.table() + " where "
                        + part.parentColumn() + in(parents), parents));
                ids.addAll(longs("select id from " + part.table() + "_aud where " + part.parentColumn()
                        + in(parents), parents));
                for (Part child : part.parts()) {
                    part(child, ids);
                }
            }
            rows(part.table(), part.parentColumn(), parents);
        }

        /** The erased one's own row and its versions. */
        void self(String table, long id) throws SQLException {
            rows(table, "id", List.of(id));
        }

        private void rows(String table, String column, Collection<Long> parents) throws SQLException {
            String where = " where " + column + in(parents);
            int live = count("select count(*) from " + table + where, parents);
            if (table.equals("contact_link")) {
                contactLines += live;
            } else if (!table.equals("person") && !table.equals("network_member") && !table.equals("family")) {
                planItems += live;
            }
            historyEntries += count("select count(*) from " + table + "_aud" + where, parents);
            revisions.addAll(longs("select distinct rev from " + table + "_aud" + where, parents));
            if (erase) {
                // past versions first: on a team server the live row is what shows whose case they belong to
                if (server) {
                    serverCall("select public.hearth_erase_history(?, ?, ?)", table, column,
                            connection.createArrayOf("bigint", parents.toArray()));
                } else {
                    update("delete from " + table + "_aud" + where, parents);
                }
                update("delete from " + table + where, parents);
            }
        }

        void unpoint(String table, String column, long personId) throws SQLException {
            if (erase) {
                update("update " + table + " set " + column + " = null where " + column + " = ?", List.of(personId));
                if (server) {
                    serverCall("select public.hearth_unpoint_history(?, ?, ?)", table, column, personId);
                } else {
                    update("update " + table + "_aud set " + column + " = null where " + column + " = ?",
                            List.of(personId));
                }
            }
        }

        /** Records of handouts made for this person (by name): a member card, or a buddy card naming them. */
        void handoutsFor(Long familyId, String name) throws SQLException {
            if (familyId == null || name == null) {
                return;
            }
            Set<Long> ids = new TreeSet<>();
            for (String table : List.of("handout_record", "handout_record_aud")) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select id, for_whom from " + table + " where family_id = ?")) {
                    statement.setLong(1, familyId);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            String forWhom = result.getString(2);
                            if (forWhom != null && (forWhom.equals(name) || forWhom.startsWith(name + " & ")
                                    || forWhom.endsWith(" & " + name))) {
                                ids.add(result.getLong(1));
                            }
                        }
                    }
                }
            }
            if (!ids.isEmpty()) {
                rows("handout_record", "id", ids);
            }
        }

        /** Revisions that held only what was erased are erased too: they would still say who saved what when. */
        void dropEmptyRevisions() throws SQLException {
            if (!erase || revisions.isEmpty()) {
                return;
            }
            if (server) {
                serverCall("select public.hearth_drop_empty_revisions(?)",
                        connection.createArrayOf("bigint", revisions.toArray()));
                return;
            }
            StringBuilder sql = new StringBuilder("delete from revision where id").append(in(revisions));
            for (String table : HISTORY_TABLES) {
                sql.append(" and not exists (select 1 from ").append(table).append("_aud a where a.rev = revision.id)");
            }
            update(sql.toString(), revisions);
        }

        Long single(String sql, long id) throws SQLException {
            List<Long> found = longs(sql, List.of(id));
            return found.isEmpty() ? null : found.get(0);
        }

        String text(String sql, long id) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getString(1) : null;
                }
            }
        }

        private static String in(Collection<Long> ids) {
            return " in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        }

        private List<Long> longs(String sql, Collection<Long> arguments) throws SQLException {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement statement = prepared(sql, arguments); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long value = result.getLong(1);
                    if (!result.wasNull()) {
                        found.add(value);
                    }
                }
            }
            return found;
        }

        private int count(String sql, Collection<Long> arguments) throws SQLException {
            try (PreparedStatement statement = prepared(sql, arguments); ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }

        private void update(String sql, Collection<Long> arguments) throws SQLException {
            try (PreparedStatement statement = prepared(sql, arguments)) {
                statement.executeUpdate();
            }
        }

        /** One of the team server's erasure functions; it refuses (SQL state 42501) whoever may not erase. */
        private void serverCall(String sql, Object... arguments) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                statement.executeQuery().close();
            }
        }

        private PreparedStatement prepared(String sql, Collection<Long> arguments) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            for (Long argument : arguments) {
                statement.setLong(index++, argument);
            }
            return statement;
        }
    }
}
