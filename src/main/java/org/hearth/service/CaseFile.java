package org.hearth.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.CheckIn;
import org.hearth.domain.Family;
import org.hearth.store.AtomicFile;
import org.hearth.store.Database;

/**
 * Exports a whole case to a case file (versioned JSON, see docs/case-format.md) and imports one as a new case.
 * A case file is not encrypted: it holds personal data, so the worker keeps it on an encrypted drive and deletes
 * it after use. Import checks everything first and then stores the case in one transaction: a file with any
 * problem stores nothing.
 */
public final class CaseFile {

    /** Larger files are refused before they are read: a real case file is a few hundred kilobytes at most. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Database database;
    private final Clock clock;
    private final CaseFileJson json = new CaseFileJson();

    public CaseFile(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes the whole case with this reference (any capitals) to the target file, replacing it wholly or not at
     * all; an unknown reference throws a {@link CaseFileException} naming {@code /case/reference}.
     */
    public void export(String reference, Path target) throws IOException {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Optional<CaseFileV1> file = database.read(work -> work.cases().byReference(reference)
                .flatMap(found -> work.cases().whole(found.getId()))
                .map(family -> {
                    List<CheckIn> checkIns = work.checkIns().of(family);
                    return new CaseFileExport().of(family, work.plans().of(family).orElse(null),
                            work.homes().of(family).orElse(null), checkIns, now);
                }));
        if (file.isEmpty()) {
            throw new CaseFileException("/case/reference", "no case with this reference is in this database: "
                    + "check the reference.");
        }
        AtomicFile.write(target, json.write(file.get()));
    }

    /**
     * Checks the case file and stores it as a new case; returns the new case's reference. The plan's and the home
     * agreements' rules are those of the tabs ({@link CaseFileSafetyCheck}): an unsafe case is refused whole, an
     * incomplete one is stored with its to-dos.
     */
    public String importCase(Path source) throws CaseFileException, IOException {
        CaseFileV1 file = json.read(readLimited(source));
        new CaseFileRules(LocalDate.now(clock)).check(file);
        try {
            return database.writeReturning(work -> {
                if (work.cases().referenceTaken(file.details().reference().strip(), null)) {
                    throw new Refused(new CaseFileException("/case/reference", "a case with this reference is "
                            + "already in this database: change the reference in the file, or import it into "
                            + "another database."));
                }
                CaseFileImport stored = new CaseFileImport();
                Family family = stored.store(file, work);
                try {
                    CaseFileSafetyCheck.check(file, family, stored);
                } catch (CaseFileException unsafe) {
                    throw new Refused(unsafe);
                }
                return family.getReference();
            });
        } catch (Refused refused) {
            throw refused.problem;
        }
    }

    private static byte[] readLimited(Path source) throws IOException, CaseFileException {
        if (Files.size(source) > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(source)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static CaseFileException tooLarge() {
        return new CaseFileException("", "is larger than 20 MB, far larger than any case file: check that you "
                + "chose the right file.");
    }

    /** Carries a refusal out of the transaction, which rolls it back. */
    private static final class Refused extends RuntimeException {
        private final CaseFileException problem;

        Refused(CaseFileException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
