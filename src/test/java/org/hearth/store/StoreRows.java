package org.hearth.store;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** For tests: how many rows each table of an open database holds, to show that a refused change wrote nothing. */
public final class StoreRows {

    private StoreRows() {
    }

    public static Map<String, Long> count(Database database) {
        try {
            Field pool = Database.class.getDeclaredField("pool");
            pool.setAccessible(true);
            try (Connection connection = ((DataSource) pool.get(database)).getConnection();
                 Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                    while (result.next()) {
                        tables.add(result.getString(1));
                    }
                }
                Map<String, Long> counts = new TreeMap<>();
                for (String table : tables) {
                    try (ResultSet result = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                        result.next();
                        counts.put(table, result.getLong(1));
                    }
                }
                return counts;
            }
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("Cannot count rows", e);
        }
    }
}
