package org.hearth.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.CaseRules;
import org.hearth.domain.Channel;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.SafetyScore;
import org.hearth.domain.SignalKind;
import org.hearth.domain.TextRules;

/**
 * The mistakes in a safety plan that put people at risk, and the ordinary checks of what was typed. Each problem
 * names its field as a path into the plan ({@code signals[2].receivers}) so the screen can show it where it
 * belongs. A plan with an unsafe problem or a wrong input is not saved; an incomplete one (a {@link ProblemKind}
 * to-do) is, but keeps the plan from being agreed.
 */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<FieldProblem> check(PlanDraft plan) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, PlanDraft.Member> members = new HashMap<>();
        plan.members().forEach(m -> members.put(m.key(), m));
        Set<String> household = new HashSet<>();
        plan.household().forEach(p -> household.add(p.key()));
        Set<String> withRole = new HashSet<>();

        if (plan.status() == PlanStatus.AGREED && plan.nextReview() == null) {
            problems.add(new FieldProblem("nextReview", "problem.agreedWithoutReview"));
        }
        Map<String, String> meaningByWord = new HashMap<>();
        for (int i = 0; i < plan.signals().size(); i++) {
            PlanDraft.SignalItem signal = plan.signals().get(i);
            String at = "signals[" + i + "]";
            line(problems, at + ".word", signal.word(), true);
            line(problems, at + ".answer", signal.answer(), signal.kind() == SignalKind.QUESTION_ANSWER);
            text(problems, at + ".meaning", signal.meaning(), true);
            if (signal.senderKeys().stream().anyMatch(k -> !household.contains(k))) {
                problems.add(new FieldProblem(at + ".senders", "problem.unknownPerson"));
            }
            if (signal.responses().isEmpty()) {
                problems.add(new FieldProblem(at + ".receivers", "problem.signalNoReceiver"));
            }
            for (PlanDraft.Response response : signal.responses()) {
                PlanDraft.Member receiver = response.memberKey() == null ? null : members.get(response.memberKey());
                if (receiver == null) {
                    problems.add(new FieldProblem(at + ".receivers", "problem.unknownPerson"));
                    continue;
                }
                withRole.add(receiver.key());
                if (receiver.mustNotKnow()) {
                    problems.add(new FieldProblem(at + ".receivers", "problem.receiverMustNotKnow"));
                } else if (!reachable(receiver)) {
                    problems.add(new FieldProblem(at + ".receivers", "problem.receiverUnreachable"));
                }
                text(problems, at + ".responses", response.steps(), false);
                line(problems, at + ".responses", response.callsWhom(), false);
            }
            if (signal.word() != null && signal.meaning() != null) {
                String word = comparable(signal.word());
                String earlier = meaningByWord.putIfAbsent(word, comparable(signal.meaning()));
                if (earlier != null && !earlier.equals(comparable(signal.meaning()))) {
                    problems.add(new FieldProblem(at + ".word", "problem.sameWordOtherMeaning"));
                }
            }
        }
        for (int i = 0; i < plan.checkIns().size(); i++) {
            PlanDraft.CheckInItem checkIn = plan.checkIns().get(i);
            String at = "checkIns[" + i + "]";
            member(problems, at + ".member", members.get(checkIn.memberKey()), withRole);
            person(problems, at + ".person", checkIn.personKey(), household);
            if (checkIn.frequency() == null) {
                problems.add(new FieldProblem(at + ".frequency", "problem.required"));
            }
            line(problems, at + ".coverStory", checkIn.coverStory(), false);
        }
        for (int i = 0; i < plan.buddies().size(); i++) {
            PlanDraft.BuddyItem buddy = plan.buddies().get(i);
            String at = "buddies[" + i + "]";
            member(problems, at + ".member", members.get(buddy.memberKey()), withRole);
            person(problems, at + ".person", buddy.personKey(), household);
            line(problems, at + ".codeWord", buddy.codeWord(), false);
            if (TextRules.orNull(buddy.professionalName()) == null || TextRules.orNull(buddy.professionalPhone()) == null) {
                problems.add(new FieldProblem(at + ".professional", "problem.buddyNoProfessional"));
            }
            line(problems, at + ".professional", buddy.professionalName(), false);
            CaseRules.checkPhone(at + ".professionalPhone", buddy.professionalPhone()).ifPresent(problems::add);
        }
        for (int i = 0; i < plan.members().size(); i++) {
            PlanDraft.Member member = plan.members().get(i);
            String at = "members[" + i + "]";
            line(problems, at + ".name", member.name(), true);
            line(problems, at + ".relation", member.relation(), false);
            CaseRules.checkPhone(at + ".phone", member.phone()).ifPresent(problems::add);
            line(problems, at + ".consentScope", member.consentScope(), false);
            if (member.kind() == null) {
                problems.add(new FieldProblem(at + ".kind", "problem.required"));
            }
            if (member.closeness() == null) {
                problems.add(new FieldProblem(at + ".closeness", "problem.required"));
            }
            boolean hasRole = withRole.contains(member.key()) || member.emergencyContact();
            if (hasRole && member.mustNotKnow()) {
                problems.add(new FieldProblem(at + ".mustNotKnow", "problem.receiverMustNotKnow"));
            } else if (hasRole && !member.consentGiven()) {
                problems.add(new FieldProblem(at + ".consent", "problem.noConsent"));
            }
        }
        for (int i = 0; i < plan.riskFactors().size(); i++) {
            PlanDraft.RiskFactorItem factor = plan.riskFactors().get(i);
            line(problems, "riskFactors[" + i + "].ownText", factor.ownText(), factor.kind() == RiskFactorKind.OWN);
        }
        for (int i = 0; i < plan.warningSigns().size(); i++) {
            PlanDraft.WarningSignItem sign = plan.warningSigns().get(i);
            text(problems, "warningSigns[" + i + "].text", sign.text(), true);
            if (sign.personKey() != null) {
                person(problems, "warningSigns[" + i + "].person", sign.personKey(), household);
            }
        }
        for (int i = 0; i < plan.safePlaces().size(); i++) {
            PlanDraft.SafePlaceItem place = plan.safePlaces().get(i);
            String at = "safePlaces[" + i + "]";
            line(problems, at + ".name", place.name(), true);
            line(problems, at + ".address", place.address(), false);
            text(problems, at + ".howToGetThere", place.howToGetThere(), false);
            line(problems, at + ".whoIsThere", place.whoIsThere(), false);
            place.things().forEach(t -> line(problems, at + ".things", t.thing(), true));
        }
        for (int i = 0; i < plan.emergencyNumbers().size(); i++) {
            PlanDraft.EmergencyNumber number = plan.emergencyNumbers().get(i);
            String at = "emergencyNumbers[" + i + "]";
            line(problems, at + ".name", number.name(), true);
            if (TextRules.orNull(number.number()) == null) {
                problems.add(new FieldProblem(at + ".number", "problem.required"));
            } else {
                CaseRules.checkPhone(at + ".number", number.number()).ifPresent(problems::add);
            }
            line(problems, at + ".note", number.note(), false);
        }
        for (int i = 0; i < plan.reviews().size(); i++) {
            PlanDraft.ReviewItem review = plan.reviews().get(i);
            String at = "reviews[" + i + "]";
            if (review.reviewedOn() == null) {
                problems.add(new FieldProblem(at + ".reviewedOn", "problem.required"));
            }
            text(problems, at + ".note", review.note(), false);
            review.scores().forEach((key, score) -> {
                if (!household.contains(key)) {
                    problems.add(new FieldProblem(at + ".scores", "problem.unknownPerson"));
                } else if (score == null || score < SafetyScore.LOWEST || score > SafetyScore.HIGHEST) {
                    problems.add(new FieldProblem(at + ".scores", "problem.score"));
                }
            });
        }
        if (plan.status() == PlanStatus.AGREED
                && problems.stream().anyMatch(p -> ProblemKind.of(p) == ProblemKind.INCOMPLETE)) {
            problems.add(new FieldProblem("status", "problem.agreedWithToDo"));
        }
        return problems.stream().distinct().toList();
    }

    /** A receiver can be reached with a phone number, or in person (a neighbour next door); a chat needs a number. */
    static boolean reachable(PlanDraft.Member receiver) {
        return TextRules.orNull(receiver.phone()) != null || receiver.channels().contains(Channel.IN_PERSON);
    }

    private static void member(List<FieldProblem> problems, String field, PlanDraft.Member member,
                               Set<String> withRole) {
        if (member == null) {
            problems.add(new FieldProblem(field, "problem.unknownPerson"));
            return;
        }
        withRole.add(member.key());
        if (member.mustNotKnow()) {
            problems.add(new FieldProblem(field, "problem.receiverMustNotKnow"));
        }
    }

    private static void person(List<FieldProblem> problems, String field, String key, Set<String> household) {
        if (key == null || !household.contains(key)) {
            problems.add(new FieldProblem(field, "problem.unknownPerson"));
        }
    }

    private static void line(List<FieldProblem> problems, String field, String value, boolean required) {
        add(problems, field, TextRules.checkLine(value, required, TextRules.MAX_CHARACTERS));
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        add(problems, field, TextRules.check(value, required, TextRules.MAX_CHARACTERS));
    }

    private static void add(List<FieldProblem> problems, String field, Optional<TextRules.Problem> problem) {
        problem.ifPresent(p -> problems.add(FieldProblem.of(field, p)));
    }

    /** Words compare without case, surrounding spaces or differences in how accents were typed. */
    static String comparable(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
