package org.hearth.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.h2.engine.ConnectionInfo;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Test eyes on a Hearth database file from outside the application: every byte of the file decrypted with the
 * data key (exactly as H2's own store decrypts it, free and deleted space included), and every text value in every
 * table read through a fresh connection. Used to prove that erased data is gone from the file, not merely hidden.
 */
public final class DecryptedFile implements AutoCloseable {

    private final DataFolder folder;
    private final char[] password;
    private Connection connection;

    public DecryptedFile(DataFolder folder, char[] passphrase) throws Exception {
        this.folder = folder;
        this.password = password(folder, passphrase);
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(H2Url.existing(folder.databaseBase()), "hearth",
                    new String(password));
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** The key H2 takes as its password, from the key file and the passphrase. */
    public static char[] password(DataFolder folder, char[] passphrase) throws Exception {
        char[] hex = KeyFile.hex(KeyFile.unlock(folder.keyFile(), passphrase));
        return (new String(hex) + " " + new String(hex)).toCharArray();
    }

    /** Every byte of the database file, decrypted: live rows, old versions and free space alike. */
    public byte[] bytes() throws Exception {
        String url = H2Url.existing(folder.databaseBase());
        ConnectionInfo info = new ConnectionInfo(url, new Properties(), "hearth", password.clone());
        Method method = ConnectionInfo.class.getDeclaredMethod("getFileEncryptionKey");
        method.setAccessible(true);
        byte[] key = (byte[]) method.invoke(info);
        char[] chars = new char[key.length / 2]; // as org.h2.mvstore.db.Store.decodePassword
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((key[i + i] & 255) << 16) | (key[i + i + 1] & 255));
        }
        Path file = folder.databaseFile();
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
             FileEncrypt decrypted = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(chars), raw)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long position = 0;
            long size = decrypted.size();
            while (position < size) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), size - position));
                int read = decrypted.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                out.write(buffer.array(), 0, read);
                position += read;
            }
            return out.toByteArray();
        }
    }

    public static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** "table.column" for every text value in every table of the database that holds the text. */
    public List<String> placesHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        Connection connection = connection();
        try {
            List<String[]> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select table_name, column_name from "
                         + "information_schema.columns where table_schema = 'PUBLIC' "
                         + "and data_type like '%CHAR%'")) {
                while (result.next()) {
                    columns.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("select \"" + column[1] + "\" from \"" + column[0]
                             + "\"")) {
                    while (result.next()) {
                        String value = result.getString(1);
                        if (value != null && value.contains(text)) {
                            found.add(column[0].toLowerCase() + "." + column[1].toLowerCase());
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database (H2 error " + e.getErrorCode() + ")", e);
        }
        return found;
    }

    /** The number of rows in a table, through a fresh connection. */
    public long rows(String table) throws Exception {
        try (Statement statement = connection().createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The history tables that exist in the database, lower case, without "_aud". */
    public List<String> historyTables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection().createStatement();
             ResultSet result = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'PUBLIC' and table_name like '%\\_AUD' escape '\\'")) {
            while (result.next()) {
                String name = result.getString(1).toLowerCase();
                tables.add(name.substring(0, name.length() - 4));
            }
        }
        return tables;
    }

    /** The history tables the erasure knows about. */
    public static List<String> erasureKnows() {
        return Erasure.HISTORY_TABLES;
    }
}
