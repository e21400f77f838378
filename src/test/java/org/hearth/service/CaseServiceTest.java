package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseServiceTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path home;
    Database database;
    CaseService cases;

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        cases = new CaseService(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewCaseIsListedOpenWithTodayAsItsCreatedDate() throws Exception {
        CaseSummary made = cases.create(new CaseDetails("HF-7", "Family Öztürk", "Wendy", LocalDate.of(2027, 1, 5), "tr"));
        assertThat(cases.cases()).containsExactly(made);
        assertThat(made.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(made.createdOn()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void aReferenceCanBeUsedOnlyOnceWhateverItsCapitals() throws Exception {
        cases.create(new CaseDetails("HF-7", "One", null, null, null));
        assertThatThrownBy(() -> cases.create(new CaseDetails("hf-7", "Two", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("reference", "problem.referenceTaken")));
        assertThat(cases.cases()).extracting(CaseSummary::displayName).containsExactly("One");
    }

    @Test
    void controlCharactersAndMissingNamesAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> cases.create(new CaseDetails("A\u0000B", " ", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("reference", "problem.controlCharacter"),
                        new FieldProblem("displayName", "problem.required")));
        assertThat(cases.cases()).isEmpty();
    }

    @Test
    void closingAndReopeningACase() throws Exception {
        long id = cases.create(new CaseDetails("HF-8", "Family", null, null, null)).id();
        assertThat(cases.close(id).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.reopen(id).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void theHouseholdIsSavedExactlyAsTypedInAnyScript() throws Exception {
        long id = cases.create(new CaseDetails("HF-9", "Family", null, null, null)).id();
        CaseWorkspace workspace = cases.open(id);
        String arabic = "مريم الحسن";
        String notes = "x".repeat(9_990) + " 👨‍👩‍👧";
        List<HouseholdMember> members = List.of(
                new HouseholdMember(null, arabic, HouseholdRole.PARENT, 1990, "+31 6 1111 2222", "العربية", notes,
                        RiskRole.AT_RISK, 0),
                new HouseholdMember(null, "Jonas", HouseholdRole.CHILD, 2016, null, null, null, RiskRole.NOT_KNOWN, 0));
        CaseWorkspace saved = cases.saveHousehold(id, workspace.version(), members);
        assertThat(saved.household()).extracting(HouseholdMember::name).containsExactly(arabic, "Jonas");
        assertThat(saved.household().get(0).notes()).isEqualTo(notes);
        assertThat(saved.household().get(0).riskRole()).isEqualTo(RiskRole.AT_RISK);

        List<HouseholdMember> fewer = new ArrayList<>(saved.household());
        fewer.remove(1);
        assertThat(cases.saveHousehold(id, saved.version(), fewer).household()).hasSize(1);
    }

    @Test
    void aHouseholdSavedAgainstAnOutdatedVersionIsRefused() throws Exception {
        long id = cases.create(new CaseDetails("HF-10", "Family", null, null, null)).id();
        CaseWorkspace first = cases.open(id);
        cases.saveHousehold(id, first.version(), List.of(
                new HouseholdMember(null, "A", HouseholdRole.ADULT, null, null, null, null, RiskRole.NOT_KNOWN, 0)));
        assertThatThrownBy(() -> cases.saveHousehold(id, first.version(), List.of()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CHANGED_ELSEWHERE));
        assertThat(cases.open(id).household()).extracting(HouseholdMember::name).containsExactly("A");
    }

    @Test
    void impossibleBirthYearsAndPhoneNumbersAreNamedPerPerson() throws Exception {
        long id = cases.create(new CaseDetails("HF-11", "Family", null, null, null)).id();
        assertThatThrownBy(() -> cases.saveHousehold(id, cases.open(id).version(), List.of(
                new HouseholdMember(null, "A", HouseholdRole.ADULT, 2031, "call me", null, null, RiskRole.NOT_KNOWN, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("household[0].birthYear", "problem.birthYear"),
                        new FieldProblem("household[0].phone", "problem.phone")));
        assertThat(cases.open(id).household()).isEmpty();
    }

    @Test
    void someoneNamedInTheSafetyPlanIsNotRemovedAndTheWorkerIsToldWhy() {
        long id = new DemoCase(database, CLOCK).create();
        CaseWorkspace workspace = cases.open(id);
        List<HouseholdMember> withoutSanne = workspace.household().stream()
                .filter(m -> !m.name().equals("Sanne Bakker")).toList();
        assertThatThrownBy(() -> cases.saveHousehold(id, workspace.version(), withoutSanne))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.IN_USE);
                    assertThat(org.hearth.service.Failures.messageKey(e)).isEqualTo("error.inUse");
                });
        assertThat(cases.open(id).household()).extracting(HouseholdMember::name).contains("Sanne Bakker");
    }

    @Test
    void theDemoCaseHasAHouseholdAndIsMadeOnlyOnce() {
        DemoCase demo = new DemoCase(database, CLOCK);
        long id = demo.create();
        assertThat(demo.create()).isEqualTo(id);
        assertThat(cases.open(id).household()).extracting(HouseholdMember::name)
                .containsExactly("Sanne Bakker", "Mark Bakker", "Noor Bakker", "Timo Bakker");
    }
}
