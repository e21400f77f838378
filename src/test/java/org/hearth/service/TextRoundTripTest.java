package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.domain.TextRules;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longest text Hearth takes (10,000 characters), right-to-left text, emoji with skin tones
 * and joiners, and combining accents are kept exactly, through the services, across closing and reopening the
 * database; one character more is refused at the field.
 */
class TextRoundTripTest {

    static final String FAMILY = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDC67\uD83C\uDFFD";
    static final String MIXED = "Ré\u0301sumé مرحبا بكم שלום \u200F" + FAMILY + " 🏳️‍🌈 Zoë ";
    private static final char[] PASSPHRASE = "a long passphrase".toCharArray();

    @TempDir
    Path home;

    /** Exactly {@code characters} code points of the mixed text, with line breaks when {@code lines}. */
    static String text(int characters, boolean lines) {
        StringBuilder text = new StringBuilder();
        String unit = lines ? MIXED + "\n" : MIXED;
        while (text.codePointCount(0, text.length()) < characters) {
            text.append(unit);
        }
        return text.substring(0, text.offsetByCodePoints(0, characters));
    }

    @Test
    void tenThousandCharactersOfAnyScriptAreKeptExactlyInTheCaseTheHouseholdAndThePlan() throws Exception {
        String line = text(TextRules.MAX_CHARACTERS, false);
        String notes = text(TextRules.MAX_CHARACTERS, true);
        String reference = "HF " + FAMILY + FAMILY;
        assertThat(reference.codePointCount(0, reference.length())).isLessThanOrEqualTo(40);
        assertThat(line.length()).isGreaterThan(TextRules.MAX_CHARACTERS);
        DataFolder folder = new DataFolder(home);
        long caseId;
        long demoId;
        PlanDraft saved;
        try (OpenVault open = new Vault(folder, CaseServiceTest.CLOCK).create(PASSPHRASE, () -> "Tester")) {
            CaseSummary made = open.cases().create(new CaseDetails(reference, line, line, null, "ar"));
            caseId = made.id();
            open.cases().saveHousehold(caseId, open.cases().open(caseId).version(), List.of(
                    new HouseholdMember(null, line, HouseholdRole.PARENT, 1985, "+31 6 1234 5678", line, notes,
                            RiskRole.AT_RISK, 0)));
            demoId = open.demo().create();
            PlanDraft plan = open.plans().load(demoId);
            PlanDraft.SignalItem first = plan.signals().get(0);
            List<PlanDraft.Response> responses = new ArrayList<>();
            for (PlanDraft.Response r : first.responses()) {
                responses.add(new PlanDraft.Response(r.memberKey(), notes, line));
            }
            saved = open.plans().save(demoId, PlanEditsForTest.signal(plan, 0, new PlanDraft.SignalItem(first.id(),
                    first.kind(), first.word(), first.answer(), notes, first.channels(), first.senderKeys(),
                    responses, first.keptFrom())));
        }
        try (OpenVault open = new Vault(folder, CaseServiceTest.CLOCK).open(PASSPHRASE, () -> "Tester")) {
            CaseWorkspace workspace = open.cases().open(caseId);
            assertThat(workspace.summary().reference()).isEqualTo(reference);
            assertThat(workspace.summary().displayName()).isEqualTo(line);
            assertThat(workspace.summary().responsibleWorker()).isEqualTo(line);
            HouseholdMember person = workspace.household().get(0);
            assertThat(person.name()).isEqualTo(line);
            assertThat(person.languages()).isEqualTo(line);
            assertThat(person.notes()).isEqualTo(notes);
            PlanDraft.SignalItem signal = open.plans().load(demoId).signals().get(0);
            assertThat(signal.meaning()).isEqualTo(notes);
            assertThat(signal.responses()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.steps()).isEqualTo(notes);
                assertThat(r.callsWhom()).isEqualTo(line);
            });
            assertThat(saved.signals().get(0).meaning()).isEqualTo(notes);
        }
    }

    @Test
    void oneCharacterMoreIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        String tooLong = text(TextRules.MAX_CHARACTERS + 1, false);
        try (OpenVault open = new Vault(new DataFolder(home), CaseServiceTest.CLOCK).create(PASSPHRASE,
                () -> "Tester")) {
            assertThatThrownBy(() -> open.cases().create(new CaseDetails("HF-1", tooLong, null, null, null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .containsExactly(FieldProblem.of("displayName", TextRules.Problem.TOO_LONG)));
            assertThat(open.cases().cases()).isEmpty();
            long id = open.cases().create(new CaseDetails("HF-1", "Family", null, LocalDate.of(2027, 1, 1), null))
                    .id();
            assertThatThrownBy(() -> open.cases().saveHousehold(id, open.cases().open(id).version(), List.of(
                    new HouseholdMember(null, "Sam", HouseholdRole.PARENT, null, null, null, tooLong + "\n",
                            RiskRole.NOT_KNOWN, 0))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("household[0].notes"));
            assertThat(open.cases().open(id).household()).isEmpty();
        }
    }
}
