package org.hearth.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One connection to an encrypted H2 file, for the checks of a restore and a passphrase change. H2 takes "file
 * password, space, user password"; Hearth uses data keys in hex for both. The password is handed over as characters
 * and wiped at once, never as a {@code String} that would linger in memory until the garbage collector runs.
 */
final class H2Connections {

    private static final String USER = "hearth";

    private H2Connections() {
    }

    static Connection open(String url, byte[] fileKey, byte[] userKey) throws SQLException {
        char[] file = KeyFile.hex(fileKey);
        char[] user = KeyFile.hex(userKey);
        char[] password = new char[file.length + 1 + user.length];
        System.arraycopy(file, 0, password, 0, file.length);
        password[file.length] = ' ';
        System.arraycopy(user, 0, password, file.length + 1, user.length);
        Arrays.fill(file, '\0');
        Arrays.fill(user, '\0');
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(password);
        try {
            return source.getConnection();
        } finally {
            Arrays.fill(password, '\0');
            source.setPasswordChars(new char[0]);
        }
    }
}
