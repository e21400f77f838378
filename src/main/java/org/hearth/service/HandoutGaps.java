package org.hearth.service;

import java.util.List;
import java.util.Set;
import org.hearth.domain.FieldProblem;

/**
 * The to-dos a handout would carry onto paper: a time-out card or fridge sheet while the time-out has no maximum or
 * no way back, the safety plan while a receiver of a signal cannot be reached, a buddy card while its pair has no
 * professional to turn to. The handout is not made while they are open; every other handout is (docs/safety-rules.md).
 */
public final class HandoutGaps {

    private static final Set<String> TIME_OUT = Set.of("problem.maxMinutesRequired", "problem.returnRequired");

    /** A handout that is not made while to-dos it would carry are open. */
    public static final class OpenToDos extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldProblem> toDos;

        OpenToDos(List<FieldProblem> toDos) {
            super("The handout would carry open to-dos");
            this.toDos = List.copyOf(toDos);
        }

        /** The to-dos, by field and message key (never a value). */
        public List<FieldProblem> toDos() {
            return toDos;
        }
    }

    private HandoutGaps() {
    }

    /**
     * The open to-dos the handout of this kind (its command-line code: {@code time-out}, {@code home},
     * {@code safety-plan}, {@code buddy}, …) would carry; for a buddy card, of the pair with that plan key.
     */
    public static List<FieldProblem> carriedBy(String kindCode, String forKey, PlanDraft plan, HomeDraft home) {
        return switch (kindCode) {
            case "time-out", "home" -> home == null ? List.of() : ProblemKind.toDo(HomeRules.check(home)).stream()
                    .filter(p -> TIME_OUT.contains(p.messageKey())).toList();
            case "safety-plan" -> plan == null ? List.of() : ProblemKind.toDo(PlanRules.check(plan)).stream()
                    .filter(p -> p.messageKey().equals("problem.receiverUnreachable")).toList();
            case "buddy" -> plan == null ? List.of() : ProblemKind.toDo(PlanRules.check(plan)).stream()
                    .filter(p -> p.messageKey().equals("problem.buddyNoProfessional")
                            && p.field().startsWith("buddies[" + pairIndex(plan, forKey) + "]."))
                    .toList();
            default -> List.of();
        };
    }

    /** Refuses, with the to-dos, when the handout would carry any. */
    public static void refuseWhileOpen(String kindCode, String forKey, PlanDraft plan, HomeDraft home) {
        List<FieldProblem> open = carriedBy(kindCode, forKey, plan, home);
        if (!open.isEmpty()) {
            throw new OpenToDos(open);
        }
    }

    /** The key a buddy pair's card is asked for by: its id once saved, else its place in the plan. */
    public static String pairKey(PlanDraft.BuddyItem pair, int index) {
        return pair.id() != null ? "b" + pair.id() : "b-new-" + index;
    }

    private static int pairIndex(PlanDraft plan, String forKey) {
        for (int i = 0; i < plan.buddies().size(); i++) {
            if (pairKey(plan.buddies().get(i), i).equals(forKey)) {
                return i;
            }
        }
        return -1;
    }
}
