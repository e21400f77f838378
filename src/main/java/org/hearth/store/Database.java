package org.hearth.store;

import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.ContactLink;
import org.hearth.domain.EmergencyContact;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.PlanReview;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.RespectRule;
import org.hearth.domain.RiskFactor;
import org.hearth.domain.Room;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.SafetyScore;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalResponse;
import org.hearth.domain.TimeOutPlace;
import org.hearth.domain.TimeOutRule;
import org.hearth.domain.TimeOutUse;
import org.hearth.domain.WarningSign;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Hearth's encrypted database: opened with the worker's passphrase, migrated by Flyway, mapped by Hibernate
 * (which only validates the schema), with every change kept by Envers under the worker's name.
 */
public final class Database implements AutoCloseable {

    static final List<Class<?>> ENTITIES = List.of(
            Family.class, Person.class, NetworkMember.class, ContactLink.class,
            SafetyPlan.class, Signal.class, SignalResponse.class, RiskFactor.class, WarningSign.class,
            SafePlace.class, EmergencyContact.class, CheckInAgreement.class, BuddyPair.class,
            PlanReview.class, SafetyScore.class,
            HomeAgreement.class, Room.class, PrivateTime.class, ActivityAgreement.class, RespectRule.class,
            TimeOutRule.class, TimeOutPlace.class, TimeOutUse.class,
            CheckIn.class, org.hearth.domain.HandoutRecord.class, HearthRevision.class);

    private static final String USER = "hearth";

    /**
     * The version of the newest migration script in {@code db/migration}. An opened database at this version is not
     * handed to Flyway at all (its class-path scan and checks cost a noticeable part of unlocking); any other
     * version is. {@code SchemaVersionTest} fails when a script is added without raising this number.
     */
    static final int SCHEMA_VERSION = 5;

    /** Where connections come from: the encrypted file on this laptop, or the team's PostgreSQL server. */
    private final javax.sql.ConnectionPoolDataSource source;
    /** Whether this is a team server, not the embedded file. */
    private final boolean server;
    private volatile JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;
    /** Transactions share it; compacting (which closes and reopens the file) takes it alone. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock inUse =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private Database(org.h2.jdbcx.JdbcDataSource source, Supplier<String> worker) {
        this.source = source;
        this.server = false;
        this.pool = pool(source);
        try {
            if (!schemaIsCurrent(pool)) {
                migrate(pool);
            }
            this.sessionFactory = sessionFactory(new ReopeningConnections(() -> pool), worker, false);
            // what H2 wrote while opening goes to the disk before the first save: never more than one commit's writes
            // wait in the disk's cache, which H2's file format survives in any order (PowerCutTest)
            onDisk();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "The database could not be prepared", e);
        }
    }

    /** Creates a new database at first start. Fails if the folder already holds one. */
    public static Database create(DataFolder folder, char[] passphrase, Supplier<String> worker) throws IOException {
        return create(folder, passphrase, null, worker);
    }

    /**
     * Creates a new database at first start, with a recovery slot for the organisation's recovery key (none when
     * it is null). Fails if the folder already holds one.
     */
    public static Database create(DataFolder folder, char[] passphrase, org.hearth.domain.RecoveryKey recovery,
                                  Supplier<String> worker) throws IOException {
        if (Files.isDirectory(folder.path())) {
            folder.finishInterruptedWork();
        }
        if (folder.holdsDatabase()) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "This folder already holds a Hearth database");
        }
        if (folder.holdsPartOfADatabase()) {
            throw new StoreException(StoreException.Reason.INCOMPLETE_FOLDER, "This folder holds part of a Hearth"
                    + " database; a new one would make it impossible to open");
        }
        folder.prepare();
        byte[] key = recovery == null ? KeyFile.create(folder.keyFile(), passphrase)
                : KeyFile.create(folder.keyFile(), passphrase, recovery);
        try {
            OpenMark.set(folder);
            String url = H2Url.creating(folder.databaseBase(), folder.h2FileSystem());
            Database database = new Database(source(url, key), worker);
            DataFolder.ownerOnly(folder.databaseFile(), false);
            database.forBackups(folder, key);
            return database;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static void refuseUnlessWhole(DataFolder folder) {
        if (!folder.holdsDatabase()) {
            throw folder.holdsPartOfADatabase()
                    ? new StoreException(StoreException.Reason.INCOMPLETE_FOLDER, "The key file or the database is missing")
                    : new StoreException(StoreException.Reason.NO_DATABASE, "There is no Hearth database in this folder");
        }
    }

    /** Opens the database in the folder with the passphrase; a wrong passphrase changes nothing on disk. */
    public static Database open(DataFolder folder, char[] passphrase, Supplier<String> worker)
            throws IOException, WrongPassphraseException {
        folder.finishInterruptedWork();
        refuseUnlessWhole(folder);
        return open(folder, KeyFile.unlock(folder.keyFile(), passphrase), worker);
    }

    /** Opens with the recovery key and sets the new passphrase, for a worker who forgot theirs. */
    public static Database recover(DataFolder folder, org.hearth.domain.RecoveryKey recovery, char[] newPassphrase,
                                   Supplier<String> worker) throws IOException, WrongPassphraseException {
        folder.finishInterruptedWork();
        refuseUnlessWhole(folder);
        KeyFile.resetPassphrase(folder.keyFile(), recovery, newPassphrase);
        return open(folder, KeyFile.unlock(folder.keyFile(), recovery), worker);
    }

    private static Database open(DataFolder folder, byte[] key, Supplier<String> worker) throws IOException {
        try {
            boolean unclean = OpenMark.set(folder);
            Database database = new Database(source(H2Url.existing(folder.databaseBase(), folder.h2FileSystem()),
                    key), worker);
            database.forBackups(folder, key);
            if (unclean) {
                database.compact();
            }
            return database;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Signs in to the team's PostgreSQL server as the worker. The server decides which cases this worker
     * sees (row-level security) and records their name in the history, whatever the worker supplier says. When the
     * server's schema is older than this Hearth, it is migrated if the worker's role may do so, else the
     * administrator is asked to ({@link #migrateServer}).
     */
    public static Database connect(ServerAddress address, String user, char[] password, Supplier<String> worker) {
        return new Database(serverSource(address, user, password), worker);
    }

    /** Brings the server's schema to this Hearth's version, as the administrator who owns the tables. */
    public static void migrateServer(ServerAddress address, String administrator, char[] password) {
        JdbcConnectionPool pool = pool(serverSource(address, administrator, password));
        try {
            migrate(pool, true);
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN,
                    "The server's database could not be brought up to date", e);
        } finally {
            pool.dispose();
        }
    }

    /** Checks a worker's password with the server (the lock screen): opens one connection and closes it. */
    public static void checkServerPassword(ServerAddress address, String user, char[] password)
            throws WrongPassphraseException {
        try (Connection connection = serverSource(address, user, password).getPooledConnection().getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            if (wrongPassword(e)) {
                throw new WrongPassphraseException();
            }
            throw new StoreException(StoreException.Reason.SERVER_UNREACHABLE, serverProblem(e), e);
        }
    }

    private Database(javax.sql.ConnectionPoolDataSource source, Supplier<String> worker) {
        this.source = source;
        this.server = true;
        try {
            this.pool = pool(source);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && wrongPassword(sql)) {
                throw new StoreException(StoreException.Reason.WRONG_SIGN_IN, "The server did not accept this"
                        + " name and password", sql);
            }
            throw new StoreException(StoreException.Reason.SERVER_UNREACHABLE,
                    serverProblem(e.getCause() instanceof SQLException sql ? sql : null), e);
        }
        try {
            if (!schemaIsCurrent(pool)) {
                try {
                    migrate(pool, true);
                } catch (RuntimeException e) {
                    throw new StoreException(StoreException.Reason.SERVER_NOT_READY, "The server's database is not"
                            + " at this Hearth's version: the administrator brings it up to date", e);
                }
            }
            this.sessionFactory = sessionFactory(new ReopeningConnections(() -> pool, true), worker, true);
        } catch (StoreException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "The server's database could not be"
                    + " prepared", e);
        }
    }

    private static org.postgresql.ds.PGConnectionPoolDataSource serverSource(ServerAddress address, String user,
                                                                            char[] password) {
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(user);
        source.setPassword(new String(password));
        source.setConnectTimeout(10);
        source.setLoginTimeout(10);
        return source;
    }

    /** PostgreSQL's "invalid password" and "invalid authorization" (28P01, 28000). */
    private static boolean wrongPassword(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("28");
    }

    /** What went wrong in words a worker can pass on, without the server's own message (it may quote data). */
    private static String serverProblem(SQLException e) {
        if (e == null || e.getSQLState() == null) {
            return "The team server could not be reached";
        }
        return switch (e.getSQLState()) {
            case "08001", "08004", "08006" -> "The team server could not be reached, or did not prove who it is";
            case "3D000" -> "The team server has no database with this name";
            default -> "The team server refused the connection (" + e.getSQLState() + ")";
        };
    }

    /** Whether this database is a team server rather than the encrypted file on this laptop. */
    public boolean isServer() {
        return server;
    }

    /**
     * Boots Flyway and Hibernate once against a throwaway in-memory database, so that the classes are loaded
     * and compiled while the worker types the passphrase and the real opening is quick.
     */
    public static void warmUp() {
        String url = "jdbc:h2:mem:warmup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
        try (Connection keepAlive = pool.getConnection()) {
            migrate(pool);
            sessionFactory(pool, () -> "warm-up", false).close();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "Warm-up failed", e);
        } finally {
            pool.dispose();
        }
    }

    /** The address and key of the database file (H2 keeps them in its data source, as it did in the pool). */
    private static org.h2.jdbcx.JdbcDataSource source(String url, byte[] key) {
        char[] hex = KeyFile.hex(key);
        char[] password = new char[hex.length * 2 + 1];
        System.arraycopy(hex, 0, password, 0, hex.length);
        password[hex.length] = ' ';
        System.arraycopy(hex, 0, password, hex.length + 1, hex.length);
        Arrays.fill(hex, '\0');
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(password);
        return source;
    }

    private static JdbcConnectionPool pool(javax.sql.ConnectionPoolDataSource source) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(4);
        try (Connection probe = pool.getConnection()) {
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.CANNOT_OPEN,
                    "The database file could not be opened (H2 error " + e.getErrorCode() + ")", e);
        }
    }

    /** True when Flyway has applied every script up to {@link #SCHEMA_VERSION}, and nothing newer. */
    static boolean schemaIsCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery("select count(*), max(cast(\"version\" as int))"
                     + " from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
            return result.next() && result.getInt(1) == SCHEMA_VERSION && result.getInt(2) == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    static void migrate(DataSource dataSource) {
        migrate(dataSource, false);
    }

    /**
     * The same scripts on both databases ({@code db/migration}), and per database the scripts whose SQL must
     * differ: row-level security exists on the team server only ({@code db/postgresql}; decision 0017).
     */
    static void migrate(DataSource dataSource, boolean server) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", server ? "classpath:db/postgresql" : "classpath:db/h2")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    private static SessionFactory sessionFactory(DataSource dataSource, Supplier<String> worker, boolean server) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("hearth");
        ENTITIES.forEach(configuration::managedClass);
        return configuration
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.dialect", server ? "org.hibernate.dialect.PostgreSQLDialect"
                        : "org.hibernate.dialect.H2Dialect")
                .property("hibernate.boot.allow_jdbc_metadata_access", "false")
                .property("hibernate.hbm2ddl.auto", "validate")
                // no temporary tables created at every start (Hearth makes no multi-table bulk changes): each was a
                // commit H2 wrote while opening, unforced
                .property("hibernate.query.mutation_strategy.global_temporary.create_tables", "false")
                .property("hibernate.query.insert_strategy.global_temporary.create_tables", "false")
                .property("hibernate.jdbc.batch_size", "50")
                .property("hibernate.order_inserts", "true")
                .property("hibernate.cdi.extensions", "true")
                .property("hibernate.resource.beans.container",
                        new RevisionListenerContainer(new WorkerRevisionListener(worker)))
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.revision_field_name", "rev")
                .property("org.hibernate.envers.revision_type_field_name", "revtype")
                .createEntityManagerFactory();
    }

    /** Reads in one transaction. */
    public <T> T read(Function<UnitOfWork, T> work) {
        return inTransaction(work);
    }

    /**
     * Changes in one transaction: all of it is saved, or none of it. When this returns, the change is on the disk
     * itself, not only in the system's cache: a power cut right after cannot lose it.
     */
    public <T> T writeReturning(Function<UnitOfWork, T> work) {
        T result = inTransaction(work);
        onDisk();
        return result;
    }

    public void write(Consumer<UnitOfWork> work) {
        writeReturning(unit -> {
            work.accept(unit);
            return null;
        });
    }

    /**
     * Forces what was committed to the disk (H2's {@code CHECKPOINT SYNC}: an fsync of the file). PostgreSQL does
     * this itself at every commit.
     */
    private void onDisk() {
        if (server) {
            return;
        }
        inUse.readLock().lock();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                    "The change could not be forced to the disk (H2 error " + e.getErrorCode() + ")", e);
        } finally {
            inUse.readLock().unlock();
        }
    }

    private <T> T inTransaction(Function<UnitOfWork, T> work) {
        inUse.readLock().lock();
        try {
            return sessionFactory.fromTransaction(session -> work.apply(new UnitOfWork(session)));
        } catch (OptimisticLockException | StaleStateException e) {
            throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE,
                    "Someone else changed this in the meantime", e);
        } catch (ConstraintViolationException e) {
            throw refused(e, e);
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation) {
                throw refused(violation, e);
            }
            if (notAllowed(e)) {
                throw new StoreException(StoreException.Reason.NOT_ALLOWED,
                        "The team server does not let this worker change this case", e);
            }
            throw new StoreException(StoreException.Reason.CANNOT_SAVE, "The database could not do this", e);
        } finally {
            inUse.readLock().unlock();
        }
    }

    /**
     * Rewrites the database file so that deleted rows are gone from it, not merely marked free: H2 keeps the bytes
     * of deleted rows in the file until {@code SHUTDOWN COMPACT}, which closes the database, copies what is live
     * into a fresh file and replaces the old one. The database is then opened again with the same key (decision
     * 0015). Waits for running transactions; new ones wait until it is done. Takes seconds on a large file.
     */
    public void compact() {
        if (server) {
            return; // the server reclaims deleted rows itself (autovacuum); see docs/team-server.md
        }
        inUse.writeLock().lock();
        try {
            JdbcConnectionPool old = pool;
            try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                        "The database could not be compacted (H2 error " + e.getErrorCode() + ")", e);
            } finally {
                old.dispose();
            }
            pool = pool(source);
            if (folder != null) {
                // H2 wrote the compacted copy as a new file, with the system's default permissions
                DataFolder.ownerOnly(folder.databaseFile(), false);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_SAVE, "The database file could not be protected", e);
        } finally {
            inUse.writeLock().unlock();
        }
    }

    /** The team server refused by its access rules: row-level security or missing rights (SQL state 42501). */
    private static boolean notAllowed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A refused change, said by what was refused: something still in use, or something stored twice. */
    private static StoreException refused(ConstraintViolationException violation, RuntimeException cause) {
        return violation.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                ? new StoreException(StoreException.Reason.IN_USE, "This is still used elsewhere in the case", cause)
                : new StoreException(StoreException.Reason.DUPLICATE, "This would store something twice", cause);
    }

    /** Closes the database; H2 writes everything out and releases the file. */
    @Override
    public void close() {
        if (backupSecret != null) {
            Arrays.fill(backupSecret, (byte) 0);
        }
        try {
            sessionFactory.close();
        } finally {
            if (server) {
                pool.dispose();
                return;
            }
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
                if (folder != null) {
                    OpenMark.clear(folder);
                }
            } catch (SQLException e) {
                // already closed (a failed disk): the mark stays, and the next opening compacts
            } finally {
                pool.dispose();
            }
        }
    }

    // ---- backups (decision 0012) ----

    private DataFolder folder;
    private byte[] backupSecret;

    /** Keeps what a backup needs: the data folder (for the key file) and a secret that only encrypts backups. */
    private void forBackups(DataFolder dataFolder, byte[] dataKey) {
        this.folder = dataFolder;
        this.backupSecret = BackupFile.backupSecret(dataKey);
    }

    /**
     * Writes an authenticated, encrypted backup of the open database to the target (through a temporary file
     * beside it, so a full disk leaves the previous file under that name untouched). H2's online {@code BACKUP}
     * gives a consistent copy of the still-encrypted database file; it passes through the data folder only.
     */
    public BackupFile.Header backUpTo(java.nio.file.Path target, java.time.Instant made, String hearthVersion)
            throws IOException {
        if (server) {
            throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                    "A team server's data is backed up on the server (docs/team-server.md)");
        }
        byte[] keyFile = Files.readAllBytes(folder.keyFile());
        BackupRestore.removeLeftovers(folder);
        BackupFile.Header header;
        java.nio.file.Path zip = Files.createTempFile(folder.path(), ".hearth-backup-", ".zip");
        try {
            Files.delete(zip);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                int[] counts = caseCounts(connection);
                header = new BackupFile.Header(made, counts[0], counts[1], hearthVersion, SCHEMA_VERSION);
                statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                        "The database could not be copied (H2 error " + e.getErrorCode() + ")", e);
            }
            AtomicFile.write(target, out -> {
                try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                    for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        if (entry.getName().endsWith(".mv.db")) {
                            BackupFile.write(out, keyFile, backupSecret, header, in);
                            return;
                        }
                    }
                }
                throw new IOException("H2's copy held no database file");
            });
            return header;
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** How many cases a database holds, and how many of them are open. */
    static int[] caseCounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(
                     "select count(*), count(case when status = 'OPEN' then 1 end) from family")) {
            result.next();
            return new int[] {result.getInt(1), result.getInt(2)};
        }
    }
}
