package org.hearth.service;

import java.util.List;
import java.util.Set;
import org.hearth.domain.FieldProblem;

/**
 * How far a problem found by the rule book ({@link PlanRules}, {@link HomeRules}) stands in the way. The list of
 * rules with their kind is in docs/safety-rules.md.
 */
public enum ProblemKind {

    /** Puts someone at risk (a role for someone who must not know, one word with two meanings): never stored. */
    UNSAFE,
    /**
     * Something the family has not agreed yet (a time-out without a maximum, a receiver without a phone): the draft
     * is stored and the problem stays at its field as a to-do; it blocks only marking the plan agreed and printing
     * the handout that would carry the gap.
     */
    INCOMPLETE,
    /** What was typed cannot be stored as it is (too long, a control character, a required field left empty). */
    INPUT;

    private static final Set<String> UNSAFE_KEYS = Set.of("problem.signalNoReceiver", "problem.receiverMustNotKnow",
            "problem.sameWordOtherMeaning", "problem.noConsent", "problem.agreedWithoutReview",
            "problem.agreedWithToDo");
    private static final Set<String> INCOMPLETE_KEYS = Set.of("problem.receiverUnreachable",
            "problem.buddyNoProfessional", "problem.maxMinutesRequired", "problem.returnRequired");

    public static ProblemKind of(FieldProblem problem) {
        if (UNSAFE_KEYS.contains(problem.messageKey())) {
            return UNSAFE;
        }
        return INCOMPLETE_KEYS.contains(problem.messageKey()) ? INCOMPLETE : INPUT;
    }

    /** The message keys of the to-dos, for a dialog that has only the messages at hand. */
    public static Set<String> toDoKeys() {
        return INCOMPLETE_KEYS;
    }

    /** The problems that keep a draft from being stored: every one that is not a to-do. */
    public static List<FieldProblem> blocking(List<FieldProblem> problems) {
        return problems.stream().filter(p -> of(p) != INCOMPLETE).toList();
    }

    /** The to-dos: what the family still has to agree before the plan is agreed or the handout printed. */
    public static List<FieldProblem> toDo(List<FieldProblem> problems) {
        return problems.stream().filter(p -> of(p) == INCOMPLETE).toList();
    }
}
