package org.hearth.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * On a team server: which colleagues a case is shared with (cover during holidays). Only the case's owner or a team
 * lead may share it or stop sharing it; the server refuses anyone else (row-level security, decision 0017). The
 * embedded database has one worker and no sharing.
 */
public final class CaseSharing {

    private final Session session;

    CaseSharing(Session session) {
        this.session = session;
    }

    /** The workers the case is shared with, by their sign-in name, in alphabetical order. */
    public List<String> sharedWith(long familyId) {
        return session.doReturningWork(connection -> {
            List<String> workers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select worker from case_share where family_id = ? order by worker")) {
                statement.setLong(1, familyId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        workers.add(result.getString(1));
                    }
                }
            }
            return workers;
        });
    }

    /** Shares the case with a colleague; refused by the server unless this worker owns it or leads the team. */
    public void share(long familyId, String worker) {
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into case_share"
                    + " (family_id, worker, shared_by) select ?, ?, session_user where not exists"
                    + " (select 1 from case_share where family_id = ? and worker = ?)")) {
                statement.setLong(1, familyId);
                statement.setString(2, worker);
                statement.setLong(3, familyId);
                statement.setString(4, worker);
                statement.executeUpdate();
            }
        });
    }

    /** Stops sharing; true when it was shared with this colleague and this worker may stop it. */
    public boolean unshare(long familyId, String worker) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from case_share where family_id = ? and worker = ?")) {
                statement.setLong(1, familyId);
                statement.setString(2, worker);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** The colleagues a case can be shared with: every worker who may sign in, by name. */
    public List<String> colleagues() {
        return session.doReturningWork(connection -> {
            List<String> workers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select rolname from pg_roles"
                    + " where rolcanlogin and pg_has_role(oid, 'hearth_worker', 'member')"
                    + " and rolname <> session_user order by rolname");
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    workers.add(result.getString(1));
                }
            }
            return workers;
        });
    }

    /** The sign-in name of the worker using this connection. */
    public String me() {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select session_user");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        });
    }
}
