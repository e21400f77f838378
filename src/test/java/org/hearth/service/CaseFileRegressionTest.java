package org.hearth.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file under {@code src/test/resources/casefile-regressions}: inputs that once crashed the import or that
 * attack the reader (deep nesting, huge numbers, broken encodings). Each is imported whole or refused with a
 * message, and a refused one writes nothing.
 */
class CaseFileRegressionTest {

    static final Path REGRESSIONS = Path.of("src/test/resources/casefile-regressions");

    @TempDir
    Path temp;
    Database database;
    CaseFile caseFile;

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(temp.resolve("db")), "a long passphrase".toCharArray(),
                () -> "Tester");
        caseFile = new CaseFile(database, CaseFileTest.CLOCK);
        new DemoCase(database, CaseFileTest.CLOCK).create();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> everyKeptInputIsImportedWholeOrRefusedWithoutWriting() throws Exception {
        try (Stream<Path> files = Files.list(REGRESSIONS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                            CaseFileOutcome.check(database, caseFile, file, temp.resolve("again.json"),
                                    new AtomicInteger(), new AtomicInteger())));
        }
    }
}
