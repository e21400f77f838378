package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.Family;
import org.hearth.domain.Person;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.DecryptedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing for good: the person or case is gone from the tables, from their history, and from the bytes of the
 * database file itself (read decrypted, free space and old versions included), while the rest of the case stays
 * whole. The file is read while the database is open: closing it would let H2 tidy the file by itself and hide
 * whether {@link Database#compact()} did its work.
 */
class ErasureServiceTest {

    private static final char[] PASSPHRASE = "a long passphrase".toCharArray();
    private static final String MARKER = "Qx9ErasureMarker7Zr";

    @TempDir
    Path home;
    DataFolder folder;
    Database database;
    DecryptedFile file;
    long caseId;
    long sanne;

    @BeforeEach
    void open() throws Exception {
        folder = new DataFolder(home);
        database = Database.create(folder, PASSPHRASE, () -> "Tester");
        file = new DecryptedFile(folder, PASSPHRASE);
        caseId = new DemoCase(database, CaseServiceTest.CLOCK).create();
        sanne = idOf("Sanne Bakker");
        // two saved versions of a note with the marker: both in the history
        database.write(work -> work.cases().person(sanne).orElseThrow().setNotes("First note " + MARKER));
        database.write(work -> work.cases().person(sanne).orElseThrow().setNotes("Second note " + MARKER + "-2"));
    }

    @AfterEach
    void close() throws Exception {
        file.close();
        database.close();
    }

    private long idOf(String name) {
        return database.read(work -> work.cases().withHousehold(caseId).orElseThrow().getHousehold().stream()
                .filter(p -> p.getName().equals(name)).findFirst().map(Person::getId).orElseThrow());
    }

    @Test
    void theConfirmationNamesThePersonAndCountsWhatGoes() {
        ErasureService.Preview preview = new ErasureService(database)
                .preview(ErasureService.Kind.HOUSEHOLD_MEMBER, sanne);

        assertThat(preview.name()).isEqualTo("Sanne Bakker");
        assertThat(preview.contactLines()).isEqualTo(6);
        // two signals she sends, a warning sign, a check-in agreement, a buddy pair, safety scores, home agreements
        assertThat(preview.items()).isGreaterThanOrEqualTo(5);
        // her own three versions plus the versions of everything about her
        assertThat(preview.historyEntries()).isGreaterThan(preview.items() + preview.contactLines());
    }

    @Test
    void anErasedPersonIsGoneFromTheTablesTheHistoryAndTheFileBytes() throws Exception {
        assertThat(DecryptedFile.contains(file.bytes(), MARKER))
                .as("the decrypted file holds the marker before erasing (the proof can fail)").isTrue();

        new ErasureService(database).erase(ErasureService.Kind.HOUSEHOLD_MEMBER, sanne);

        byte[] bytes = file.bytes();
        assertThat(DecryptedFile.contains(bytes, MARKER)).as("marker in the decrypted file").isFalse();
        assertThat(DecryptedFile.contains(bytes, "Sanne Bakker")).as("name in the decrypted file").isFalse();
        assertThat(DecryptedFile.contains(bytes, "06 1234 5678")).as("phone in the decrypted file").isFalse();
        assertThat(DecryptedFile.contains(bytes, "Mark Bakker")).as("the others stay").isTrue();
        assertThat(file.placesHolding(MARKER)).isEmpty();
        assertThat(file.placesHolding("Sanne Bakker")).isEmpty();
        assertThat(file.placesHolding("Mark Bakker")).isNotEmpty();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                assertThat(DecryptedFile.contains(Files.readAllBytes(path), MARKER)).as(path.toString()).isFalse();
            }
        }

        // the rest of the case is whole and can still be worked on after the file was compacted
        PlanDraft plan = new SafetyPlanService(database, CaseServiceTest.CLOCK).load(caseId);
        assertThat(plan.household()).extracting(PlanDraft.HouseholdRef::name)
                .containsExactlyInAnyOrder("Mark Bakker", "Noor Bakker", "Timo Bakker");
        assertThat(plan.signals()).isNotEmpty();
        assertThat(plan.links()).noneMatch(l -> l.personKey().equals("p" + sanne));
        new CaseService(database, CaseServiceTest.CLOCK).create(new CaseDetails("AFTER-1", "Family After", null,
                null, null));
        assertThat(new CaseService(database, CaseServiceTest.CLOCK).cases()).hasSize(2);
    }

    @Test
    void withoutCompactingTheErasedBytesWouldStillBeInTheFile() throws Exception {
        // what the compaction is for: deleting alone leaves the old bytes in the file
        database.write(work -> work.erasure().erasePerson(sanne));
        assertThat(file.placesHolding(MARKER)).isEmpty();
        assertThat(DecryptedFile.contains(file.bytes(), MARKER)).isTrue();

        database.compact();

        assertThat(DecryptedFile.contains(file.bytes(), MARKER)).isFalse();
    }

    @Test
    void anErasedCaseLeavesNothingBehindNotEvenItsRevisions() throws Exception {
        ErasureService erasure = new ErasureService(database);
        ErasureService.Preview preview = erasure.preview(ErasureService.Kind.CASE, caseId);
        assertThat(preview.name()).isEqualTo("DEMO-001 Family Bakker (demo)");
        assertThat(preview.items()).isGreaterThan(20);

        erasure.erase(ErasureService.Kind.CASE, caseId);

        assertThat(new CaseService(database, CaseServiceTest.CLOCK).cases()).isEmpty();
        for (String table : file.historyTables()) {
            assertThat(file.rows(table)).as(table).isZero();
            assertThat(file.rows(table + "_aud")).as(table + "_aud").isZero();
        }
        assertThat(file.rows("revision")).isZero();
        byte[] bytes = file.bytes();
        assertThat(DecryptedFile.contains(bytes, "Bakker")).isFalse();
        assertThat(DecryptedFile.contains(bytes, MARKER)).isFalse();
    }

    @Test
    void erasingANetworkMemberKeepsTheHouseholdAndTheOtherMembers() throws Exception {
        long ria = database.read(work -> work.cases().whole(caseId).orElseThrow().getNetwork().stream()
                .filter(m -> m.getName().equals("Ria de Wit")).findFirst().orElseThrow().getId());
        ErasureService erasure = new ErasureService(database);
        ErasureService.Preview preview = erasure.preview(ErasureService.Kind.NETWORK_MEMBER, ria);
        assertThat(preview.name()).isEqualTo("Ria de Wit");
        assertThat(preview.contactLines()).isEqualTo(2);

        erasure.erase(ErasureService.Kind.NETWORK_MEMBER, ria);

        PlanDraft plan = new SafetyPlanService(database, CaseServiceTest.CLOCK).load(caseId);
        assertThat(plan.members()).extracting(PlanDraft.Member::name).doesNotContain("Ria de Wit")
                .contains("Fatima El Amrani");
        assertThat(plan.household()).hasSize(4);
        assertThat(file.placesHolding("Ria de Wit")).isEmpty();
        assertThat(DecryptedFile.contains(file.bytes(), "06 2345 6789")).isFalse();
    }

    @Test
    void theErasureKnowsEveryHistoryTable() throws Exception {
        assertThat(DecryptedFile.erasureKnows()).containsExactlyInAnyOrderElementsOf(file.historyTables());
    }

    @Test
    void closedCasesOlderThanTheRetentionPeriodAreListed() {
        CaseService cases = new CaseService(database, CaseServiceTest.CLOCK);
        database.write(work -> {
            Family family = work.cases().find(caseId).orElseThrow();
            family.close(CaseServiceTest.CLOCK.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                    .minusYears(6));
        });
        assertThat(cases.dueForRetentionReview(5)).extracting(c -> c.reference()).containsExactly("DEMO-001");
        assertThat(cases.dueForRetentionReview(7)).isEmpty();
        assertThat(cases.cases()).extracting(c -> c.status()).containsExactly(CaseStatus.CLOSED);
    }
}
