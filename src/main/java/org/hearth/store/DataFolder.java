package org.hearth.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.hearth.domain.OperatingSystem;

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

    /** The folder for this user on this system, or the one named by {@code HEARTH_HOME}. */
    public static DataFolder forThisUser() {
        return placeForThisUser().folder();
    }

    /**
     * The folder for this user on this system, after moving it out of the Windows roaming profile if an earlier
     * version left it there; the outcome of that move says what the app should tell the worker.
     */
    public static Placement placeForThisUser() {
        return place(System.getenv(), OperatingSystem.current(), Path.of(System.getProperty("user.home")));
    }

    /** Where the data folder is, and what the move out of the roaming profile did at this start. */
    public record Placement(DataFolder folder, RoamingProfileMove.Outcome move, Path roamingFolder) {
    }

    /** The data folder for this environment and system; on Windows the old roaming folder is moved once. */
    static Placement place(Map<String, String> environment, OperatingSystem system, Path home) {
        Path chosen = defaultPath(environment, system, home);
        if (system != OperatingSystem.WINDOWS || overridden(environment)) {
            return new Placement(new DataFolder(chosen), RoamingProfileMove.Outcome.NOTHING_TO_MOVE, null);
        }
        RoamingProfileMove.Result moved = RoamingProfileMove.run(roamingPath(environment, home), chosen);
        return new Placement(new DataFolder(moved.folder()), moved.outcome(), moved.roamingFolder());
    }

    /**
     * The usual place on each system: {@code %LOCALAPPDATA%\Hearth} on Windows (on this computer only, never in
     * the roaming profile that many organisations copy to a server at every log-off),
     * {@code ~/Library/Application Support/Hearth} on macOS, {@code $XDG_DATA_HOME/hearth} or
     * {@code ~/.local/share/hearth} on Linux; {@code HEARTH_HOME} wins everywhere.
     */
    static Path defaultPath(Map<String, String> environment, OperatingSystem system, Path home) {
        if (overridden(environment)) {
            return Path.of(environment.get(ENVIRONMENT_VARIABLE));
        }
        return switch (system) {
            case WINDOWS -> windowsFolder(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            case MACOS -> home.resolve("Library").resolve("Application Support").resolve("Hearth");
            case LINUX -> {
                String xdg = environment.get("XDG_DATA_HOME");
                yield (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                        .resolve("hearth");
            }
        };
    }

    /** Where versions before this one kept the data on Windows: {@code %APPDATA%\Hearth}, the roaming profile. */
    static Path roamingPath(Map<String, String> environment, Path home) {
        return windowsFolder(environment, "APPDATA", home.resolve("AppData").resolve("Roaming"));
    }

    private static Path windowsFolder(Map<String, String> environment, String variable, Path usual) {
        String base = environment.get(variable);
        return (base != null && !base.isBlank() ? Path.of(base) : usual).resolve("Hearth");
    }

    private static boolean overridden(Map<String, String> environment) {
        String override = environment.get(ENVIRONMENT_VARIABLE);
        return override != null && !override.isBlank();
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

    /**
     * Whether the folder holds a key file or a database without the other, or only databases set aside by a restore
     * ({@code replaced-*}): data a new, empty database must never replace.
     */
    public boolean holdsPartOfADatabase() {
        if (Files.exists(keyFile()) || Files.exists(databaseFile())) {
            return true;
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (var entries = Files.newDirectoryStream(path, "replaced-*")) {
            for (Path aside : entries) {
                if (Files.exists(aside.resolve(databaseFile().getFileName()))) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true;   // cannot tell: the safe answer
        }
        return false;
    }

    /**
     * Completes or undoes what a crash, a power cut or a killed Hearth interrupted in this folder: a restore
     * ({@link RestoreSwap}) or a passphrase change ({@link PassphraseChange}). Runs before every opening; quick and
     * harmless when there is nothing to do.
     */
    public void finishInterruptedWork() throws IOException {
        if (!Files.isDirectory(path)) {
            return;
        }
        RestoreSwap.finishInterrupted(this);
        PassphraseChange.finishInterrupted(this);
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
