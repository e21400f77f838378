package org.hearth.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * The folder on the worker's laptop where Hearth keeps its database, key file and settings.
 * {@code HEARTH_HOME} overrides the platform's usual place for application data.
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "HEARTH_HOME";

    private final Path path;
    private final String fileSystem;

    public DataFolder(Path path) {
        this(path, H2Url.DISK);
    }

    private DataFolder(Path path, String fileSystem) {
        this.path = path.toAbsolutePath().normalize();
        this.fileSystem = fileSystem;
    }

    /**
     * The same folder, with the database reached through another H2 file system registered with H2 (crash-safety
     * tests use one that fails on command). Hearth itself always uses the real disk.
     */
    public DataFolder reachedThrough(String h2FileSystem) {
        return new DataFolder(path, h2FileSystem);
    }

    /** The H2 file system the database is reached through: {@link H2Url#DISK} unless a test chose another. */
    String h2FileSystem() {
        return fileSystem;
    }

    /** The folder for this user on this platform, or the one named by {@code HEARTH_HOME}. */
    public static DataFolder forThisUser() {
        return new DataFolder(defaultPath(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultPath(Map<String, String> environment, String osName, Path home) {
        String override = environment.get(ENVIRONMENT_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "Hearth") : home.resolve("AppData/Roaming/Hearth");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Hearth");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("hearth");
    }

    public Path path() {
        return path;
    }

    public Path keyFile() {
        return path.resolve("hearth.key");
    }

    /** The H2 database file name without H2's ".mv.db" ending. */
    public Path databaseBase() {
        return path.resolve("hearth");
    }

    public Path databaseFile() {
        return path.resolve("hearth.mv.db");
    }

    public Path settingsFile() {
        return path.resolve("settings.properties");
    }

    /** Whether a Hearth database has been created here. */
    public boolean holdsDatabase() {
        return Files.isRegularFile(keyFile()) && Files.isRegularFile(databaseFile());
    }

    /** Creates the folder if needed, readable by this user only where the file system allows it. */
    public void prepare() throws IOException {
        Files.createDirectories(path);
        ownerOnly(path, true);
    }

    /** Makes a file or folder readable and writable by its owner only (POSIX file systems). */
    public static void ownerOnly(Path file, boolean directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
