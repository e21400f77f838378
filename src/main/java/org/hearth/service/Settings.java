package org.hearth.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.hearth.store.AtomicFile;

/**
 * The worker's preferences, kept in a small file in the data folder: interface language, the worker's name
 * (written into the history), theme and window placement. Never anything about a family, and never the
 * last open case (someone else may start the app).
 */
public final class Settings {

    public static final String ENGLISH = "en";
    public static final String DUTCH = "nl";

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // unreadable preferences fall back to the defaults
            }
        }
    }

    /** The interface language: the saved choice, else Dutch on a Dutch system, else English. */
    public Locale language() {
        String saved = values.getProperty("language");
        if (saved == null) {
            saved = Locale.getDefault().getLanguage().equals(DUTCH) ? DUTCH : ENGLISH;
        }
        return Locale.forLanguageTag(saved.equals(DUTCH) ? DUTCH : ENGLISH);
    }

    public void setLanguage(Locale language) throws IOException {
        set("language", language.getLanguage().equals(DUTCH) ? DUTCH : ENGLISH);
    }

    public Optional<String> workerName() {
        return Optional.ofNullable(values.getProperty("worker")).filter(s -> !s.isBlank());
    }

    public void setWorkerName(String name) throws IOException {
        set("worker", name.strip());
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) throws IOException {
        set("theme.dark", Boolean.toString(dark));
    }

    /** The organisation's name, for the footer of handouts (never on discreet ones). */
    public Optional<String> organisationName() {
        return Optional.ofNullable(values.getProperty("organisation.name")).filter(s -> !s.isBlank());
    }

    public void setOrganisationName(String name) throws IOException {
        set("organisation.name", name == null ? "" : name.strip());
    }

    /** The organisation's phone number, for the footer of handouts. */
    public Optional<String> organisationPhone() {
        return Optional.ofNullable(values.getProperty("organisation.phone")).filter(s -> !s.isBlank());
    }

    public void setOrganisationPhone(String phone) throws IOException {
        set("organisation.phone", phone == null ? "" : phone.strip());
    }

    /** The organisation's logo (a PNG or JPEG file), for the footer of handouts. */
    public Optional<Path> organisationLogo() {
        return Optional.ofNullable(values.getProperty("organisation.logo")).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setOrganisationLogo(Path logo) throws IOException {
        set("organisation.logo", logo == null ? "" : logo.toAbsolutePath().toString());
    }

    /** The logo's bytes, or none when there is no logo or its file cannot be read (it is then left out). */
    public Optional<byte[]> organisationLogoBytes() {
        return organisationLogo().filter(Files::isRegularFile).flatMap(path -> {
            try {
                return Files.size(path) <= 5_000_000 ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The window's last position and size: x, y, width, height. */
    public Optional<double[]> window() {
        String text = values.getProperty("window");
        if (text == null) {
            return Optional.empty();
        }
        try {
            String[] parts = text.split(",");
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i]);
            }
            return box[2] >= 400 && box[3] >= 300 ? Optional.of(box) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void setWindow(double x, double y, double width, double height) throws IOException {
        set("window", x + "," + y + "," + width + "," + height);
    }

    // ---- screen safety: auto-lock and quick hide ----

    /** The fewest and most minutes without use before Hearth locks itself, and the default. */
    public static final int IDLE_MINUTES_MIN = 1;
    public static final int IDLE_MINUTES_MAX = 60;
    public static final int IDLE_MINUTES_DEFAULT = 5;
    /** The quick-hide key when the worker has not chosen one: F12. "" means Esc twice only. */
    public static final String QUICK_HIDE_KEY_DEFAULT = "F12";

    /** Minutes without a key press or mouse movement after which Hearth locks (1 to 60, default 5). */
    public int idleMinutes() {
        try {
            int minutes = Integer.parseInt(values.getProperty("lock.idleMinutes", "").strip());
            return minutes >= IDLE_MINUTES_MIN && minutes <= IDLE_MINUTES_MAX ? minutes : IDLE_MINUTES_DEFAULT;
        } catch (NumberFormatException e) {
            return IDLE_MINUTES_DEFAULT;
        }
    }

    public void setIdleMinutes(int minutes) throws IOException {
        if (minutes < IDLE_MINUTES_MIN || minutes > IDLE_MINUTES_MAX) {
            throw new IllegalArgumentException("Idle minutes run from " + IDLE_MINUTES_MIN + " to " + IDLE_MINUTES_MAX);
        }
        set("lock.idleMinutes", Integer.toString(minutes));
    }

    /** The name of the key that hides Hearth at once (such as "F12"), or "" for Esc twice only. */
    public String quickHideKey() {
        String key = values.getProperty("lock.quickHideKey");
        return key == null ? QUICK_HIDE_KEY_DEFAULT : key.strip();
    }

    public void setQuickHideKey(String key) throws IOException {
        set("lock.quickHideKey", key == null ? "" : key.strip());
    }

    private void set(String key, String value) throws IOException {
        values.setProperty(key, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            values.store(writer, "Hearth preferences");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, out.toByteArray());
    }

    // ---- backups (decision 0012) ----

    /** Where the automatic backups go: the folder the worker chose, else a {@code backups} folder in the data folder. */
    public Path backupFolder() {
        return chosenBackupFolder().orElse(file.toAbsolutePath().getParent().resolve("backups"));
    }

    /** The folder the worker chose for backups (a network or USB drive, say), if any. */
    public Optional<Path> chosenBackupFolder() {
        return Optional.ofNullable(values.getProperty("backup.folder")).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setBackupFolder(Path folder) throws IOException {
        set("backup.folder", folder == null ? "" : folder.toAbsolutePath().toString());
    }

    /** When the last backup was made, as far as this laptop knows. */
    public Optional<java.time.Instant> lastBackup() {
        try {
            return Optional.ofNullable(values.getProperty("backup.last")).filter(s -> !s.isBlank())
                    .map(java.time.Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void setLastBackup(java.time.Instant made) throws IOException {
        set("backup.last", made.toString());
    }

    // --- privacy: retention ---

    /** Closed cases are listed for review after this many years (1 to 30; 5 unless the worker chose otherwise). */
    public static final int DEFAULT_RETENTION_YEARS = 5;

    public int retentionYears() {
        try {
            int years = Integer.parseInt(values.getProperty("retentionYears", ""));
            return years >= 1 && years <= 30 ? years : DEFAULT_RETENTION_YEARS;
        } catch (NumberFormatException e) {
            return DEFAULT_RETENTION_YEARS;
        }
    }

    public void setRetentionYears(int years) throws IOException {
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years");
        }
        set("retentionYears", Integer.toString(years));
    }

    // --- team server ---

    /** The team server's address the worker chose, or empty for this laptop's own encrypted file. */
    public Optional<String> teamServer() {
        return Optional.ofNullable(values.getProperty("teamServer.address")).filter(s -> !s.isBlank());
    }

    /** Chooses a team server (its address, no secrets in it), or this laptop's own file (null or blank). */
    public void setTeamServer(String address) throws IOException {
        set("teamServer.address", address == null ? "" : address.strip());
    }

    /** The name the worker last signed in to the team server with (their own name, never a family's). */
    public Optional<String> lastSignInName() {
        return Optional.ofNullable(values.getProperty("teamServer.lastSignInName")).filter(s -> !s.isBlank());
    }

    public void setLastSignInName(String name) throws IOException {
        set("teamServer.lastSignInName", name == null ? "" : name.strip());
    }
}
