package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.hearth.domain.HouseholdRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path home;

    @Test
    void aCaseSurvivesClosingAndReopeningTheDatabase() throws Exception {
        DataFolder folder = new DataFolder(home);
        try (Database database = Database.create(folder, PASSPHRASE, () -> "Wendy Worker")) {
            database.write(work -> {
                Family family = new Family("HF-001", "Family Jansen", LocalDate.of(2026, 11, 1));
                family.addPerson("Anna", HouseholdRole.PARENT).setPhone("+31 6 1234 5678");
                work.cases().add(family);
            });
        }
        try (Database database = Database.open(folder, PASSPHRASE, () -> "Wendy Worker")) {
            Family family = database.read(work -> work.cases().byReference("hf-001").flatMap(
                    f -> work.cases().withHousehold(f.getId())).orElseThrow());
            assertThat(family.getDisplayName()).isEqualTo("Family Jansen");
            assertThat(family.getHousehold()).extracting("name").containsExactly("Anna");
            assertThat(family.getHousehold().get(0).getPhone()).isEqualTo("+31 6 1234 5678");
            List<History.Revision> revisions = database.read(work -> work.history().ofCase(family.getId()));
            assertThat(revisions).singleElement().extracting(History.Revision::worker).isEqualTo("Wendy Worker");
        }
    }

    @Test
    void aWrongPassphraseIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        DataFolder folder = new DataFolder(home);
        try (Database database = Database.create(folder, PASSPHRASE, () -> "W")) {
            database.write(work -> work.cases().add(new Family("R1", "N", LocalDate.of(2026, 1, 1))));
        }
        byte[] keyBefore = Files.readAllBytes(folder.keyFile());
        byte[] databaseBefore = Files.readAllBytes(folder.databaseFile());
        long modifiedBefore = Files.getLastModifiedTime(folder.databaseFile()).toMillis();

        assertThatThrownBy(() -> Database.open(folder, "correct horse battery!".toCharArray(), () -> "W"))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("That passphrase does not open this Hearth database");

        assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(keyBefore);
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(databaseBefore);
        assertThat(Files.getLastModifiedTime(folder.databaseFile()).toMillis()).isEqualTo(modifiedBefore);
        assertThat(filesIn(home)).containsExactlyInAnyOrder("hearth.key", "hearth.mv.db");
    }

    @Test
    void storedNamesPhoneNumbersAndNotesAppearInNoFileInPlainText() throws Exception {
        String marker = "Zq7uniqueMarkerXy";
        String phone = "+31 6 9876 0123";
        DataFolder folder = new DataFolder(home);
        try (Database database = Database.create(folder, PASSPHRASE, () -> "Worker " + marker)) {
            database.write(work -> {
                Family family = new Family("REF-" + marker, "Family " + marker, LocalDate.of(2026, 11, 1));
                var person = family.addPerson("Person " + marker, HouseholdRole.CHILD);
                person.setPhone(phone);
                person.setNotes("Notes " + marker + " 🙂 مرحبا");
                work.cases().add(family);
            });
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String secret : List.of(marker, phone)) {
                    assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                            .as("%s in %s (UTF-8)", secret, file.getFileName()).isFalse();
                    assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_16BE)))
                            .as("%s in %s (UTF-16)", secret, file.getFileName()).isFalse();
                    assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_16LE)))
                            .as("%s in %s (UTF-16LE)", secret, file.getFileName()).isFalse();
                }
            }
        }
    }

    @Test
    void aMistypedFolderNeverCreatesAnEmptyDatabase() {
        DataFolder elsewhere = new DataFolder(home.resolve("typo"));
        assertThatThrownBy(() -> Database.open(elsewhere, PASSPHRASE, () -> "W"))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.NO_DATABASE);
        assertThat(Files.exists(elsewhere.path())).isFalse();
    }

    @Test
    void aFailingStatementLeavesNoTraceFileWithSqlValues() throws Exception {
        DataFolder folder = new DataFolder(home);
        try (Database database = Database.create(folder, PASSPHRASE, () -> "W")) {
            database.write(work -> work.cases().add(new Family("DUP-1", "Secret name", LocalDate.of(2026, 1, 1))));
            assertThatThrownBy(() -> database.write(work -> {
                work.cases().add(new Family("DUP-1", "Secret name 2", LocalDate.of(2026, 1, 1)));
                work.flush();
            })).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(StoreException.Reason.DUPLICATE);
                assertThat(e.getMessage()).doesNotContain("Secret").doesNotContain("DUP-1");
            });
        }
        assertThat(filesIn(home)).noneMatch(name -> name.endsWith(".trace.db"));
    }

    @Test
    void theDataFolderAndItsFilesAreReadableByTheOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(home.resolve("hearth"));
        try (Database database = Database.create(folder, PASSPHRASE, () -> "W")) {
            assertThat(database).isNotNull();
        }
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.path()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        for (Path file : List.of(folder.keyFile(), folder.databaseFile())) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                    .as(file.getFileName().toString())
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
