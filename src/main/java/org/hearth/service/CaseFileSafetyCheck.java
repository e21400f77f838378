package org.hearth.service;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.domain.Family;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.TextRules;

/**
 * The plan's and the home agreements' rule book ({@link PlanRules}, {@link HomeRules}) applied to a case file, on
 * the case exactly as the import is about to store it and as the Safety plan and Home tabs will load it: what those
 * tabs would refuse is refused here too (everything but the to-dos of {@link ProblemKind}). The first problem is
 * named by the file's path and id ({@code safetyPlan/signals/1 (s2): receiver m5 must not know ...}), never by a
 * value.
 */
final class CaseFileSafetyCheck {

    private static final Pattern ITEM = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.?([a-zA-Z]*)");

    private final CaseFileV1 file;
    private final Map<String, String> fileIds;

    private CaseFileSafetyCheck(CaseFileV1 file, Map<String, String> fileIds) {
        this.file = file;
        this.fileIds = fileIds;
    }

    /** Checks the stored case; the caller rolls the transaction back when this throws. */
    static void check(CaseFileV1 file, Family family, CaseFileImport stored) throws CaseFileException {
        CaseFileSafetyCheck check = new CaseFileSafetyCheck(file, stored.fileIds());
        PlanDraft plan = PlanMapping.draft(family, stored.storedPlan());
        List<FieldProblem> planProblems = PlanRules.check(plan);
        List<FieldProblem> refused = ProblemKind.blocking(planProblems);
        if (!refused.isEmpty()) {
            throw check.inPlan(refused.get(0), plan, planProblems);
        }
        List<FieldProblem> homeProblems = ProblemKind.blocking(HomeRules.check(HomeMapping.draft(family,
                stored.storedHome(), stored.storedPlan())));
        if (!homeProblems.isEmpty()) {
            throw check.inHome(homeProblems.get(0));
        }
    }

    private CaseFileException inPlan(FieldProblem problem, PlanDraft plan, List<FieldProblem> all) {
        Matcher item = ITEM.matcher(problem.field());
        String key = problem.messageKey();
        if (problem.field().equals("status")) {
            FieldProblem first = ProblemKind.toDo(all).get(0);
            return new CaseFileException("/safetyPlan/status", "is AGREED, but the plan still has something to do "
                    + "(first at " + planPlace(first).substring(1) + ": "
                    + advice(first.messageKey()).replaceAll("\\.$", "") + "): fill it in, or set the status to DRAFT.");
        }
        if (problem.field().equals("nextReview")) {
            return new CaseFileException("/case/nextReview", "is required for an agreed plan: add the review "
                    + "date, or set the plan's status to DRAFT.");
        }
        if (!item.find()) {
            return new CaseFileException("/safetyPlan", advice(key));
        }
        int i = Integer.parseInt(item.group(2));
        switch (item.group(1)) {
            case "signals" -> {
                String at = "/safetyPlan/signals/" + i;
                String id = file.safetyPlan().signals().get(i).id();
                List<PlanDraft.Response> responses = plan.signals().get(i).responses();
                if (key.equals("problem.receiverMustNotKnow") || key.equals("problem.receiverUnreachable")) {
                    for (int j = 0; j < responses.size(); j++) {
                        PlanDraft.Member receiver = member(plan, responses.get(j).memberKey());
                        if (receiver != null && receiver.mustNotKnow() == key.equals("problem.receiverMustNotKnow")) {
                            return new CaseFileException(at + "/responses/" + j + "/receiver", at, id, "receiver "
                                    + fileId(receiver.key()) + " " + advice(key));
                        }
                    }
                }
                if (key.equals("problem.signalNoReceiver")) {
                    return new CaseFileException(at + "/responses", at, id, "no one receives this signal: add a "
                            + "response with a receiver from the network.");
                }
                if (key.equals("problem.sameWordOtherMeaning")) {
                    String word = PlanRules.comparable(plan.signals().get(i).word());
                    String other = file.safetyPlan().signals().stream().limit(i)
                            .filter(s -> s.word() != null && PlanRules.comparable(s.word()).equals(word))
                            .map(CaseFileV1.Signal::id).findFirst().orElse("?");
                    return new CaseFileException(at + "/word", at, id, "has the same word as signal " + other
                            + " with another meaning: use one meaning per word.");
                }
                return new CaseFileException(at + "/" + fileField(item.group(3)), at, id, advice(key));
            }
            case "checkIns" -> {
                String at = "/safetyPlan/checkInAgreements/" + i;
                CaseFileV1.CheckInAgreement agreement = file.safetyPlan().checkInAgreements().get(i);
                String who = item.group(3).equals("member") ? "check-in person " + agreement.member() + " " : "";
                return new CaseFileException(at + "/" + item.group(3), at, agreement.id(), who + advice(key));
            }
            case "buddies" -> {
                String at = "/safetyPlan/buddyPairs/" + i;
                CaseFileV1.BuddyPair pair = file.safetyPlan().buddyPairs().get(i);
                boolean buddy = item.group(3).equals("member");
                return new CaseFileException(at + "/" + (buddy ? "buddy" : fileField(item.group(3))), at,
                        pair.id(), (buddy ? "buddy " + pair.buddy() + " " : "") + advice(key));
            }
            case "members" -> {
                String at = "/network/" + i;
                CaseFileV1.Member member = file.network().get(i);
                if (key.equals("problem.noConsent")) {
                    return atRole(at, member.id(), "has not agreed to take part: record the consent at " + at
                            .substring(1) + ", or choose someone else.");
                }
                return new CaseFileException(at + "/" + fileField(item.group(3)), at, member.id(), advice(key));
            }
            default -> {
                return new CaseFileException(planPlace(problem), advice(key));
            }
        }
    }

    /** Where in the file a problem of the plan lies, as far as the file and the draft keep one order. */
    private static String planPlace(FieldProblem problem) {
        Matcher item = ITEM.matcher(problem.field());
        if (!item.find()) {
            return "/safetyPlan";
        }
        String list = switch (item.group(1)) {
            case "members" -> "/network";
            case "checkIns" -> "/safetyPlan/checkInAgreements";
            case "buddies" -> "/safetyPlan/buddyPairs";
            case "emergencyNumbers" -> "/safetyPlan/emergencyContacts";
            case "reviews" -> "/safetyPlan/reviews";
            default -> "/safetyPlan/" + item.group(1);
        };
        return item.group(1).equals("reviews") ? list : list + "/" + item.group(2);
    }

    private CaseFileException inHome(FieldProblem problem) {
        Matcher item = ITEM.matcher(problem.field());
        if (item.find() && !problem.field().startsWith("timeOut")) {
            int i = Integer.parseInt(item.group(2));
            boolean ordered = !item.group(1).equals("timeOutUses");
            String at = "/homeAgreement/" + item.group(1) + (ordered ? "/" + i : "");
            String id = item.group(1).equals("rooms") ? file.homeAgreement().rooms().get(i).id() : null;
            return new CaseFileException(at + (item.group(3).isEmpty() ? "" : "/" + item.group(3)), at, id,
                    advice(problem.messageKey()));
        }
        String at = "/homeAgreement/" + problem.field().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return new CaseFileException(at, advice(problem.messageKey()));
    }

    /** The problem at the first place in the file where a network member has a role, for the worker to find it. */
    private CaseFileException atRole(String memberAt, String memberId, String advice) {
        CaseFileV1.Plan plan = file.safetyPlan();
        if (plan != null) {
            for (int i = 0; i < plan.signals().size(); i++) {
                List<CaseFileV1.Response> responses = plan.signals().get(i).responses();
                for (int j = 0; j < responses.size(); j++) {
                    if (memberId.equals(responses.get(j).receiver())) {
                        String at = "/safetyPlan/signals/" + i;
                        return new CaseFileException(at + "/responses/" + j + "/receiver", at,
                                plan.signals().get(i).id(), "receiver " + memberId + " " + advice);
                    }
                }
            }
            for (int i = 0; i < plan.checkInAgreements().size(); i++) {
                if (memberId.equals(plan.checkInAgreements().get(i).member())) {
                    String at = "/safetyPlan/checkInAgreements/" + i;
                    return new CaseFileException(at + "/member", at, plan.checkInAgreements().get(i).id(),
                            "check-in person " + memberId + " " + advice);
                }
            }
            for (int i = 0; i < plan.buddyPairs().size(); i++) {
                if (memberId.equals(plan.buddyPairs().get(i).buddy())) {
                    String at = "/safetyPlan/buddyPairs/" + i;
                    return new CaseFileException(at + "/buddy", at, plan.buddyPairs().get(i).id(),
                            "buddy " + memberId + " " + advice);
                }
            }
        }
        return new CaseFileException(memberAt + "/roles", memberAt, memberId, "is an emergency contact but "
                + advice);
    }

    private static PlanDraft.Member member(PlanDraft plan, String key) {
        return plan.members().stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    private String fileId(String key) {
        return fileIds.getOrDefault(key, "?");
    }

    private static String fileField(String draftField) {
        return switch (draftField) {
            case "receivers", "responses" -> "responses";
            case "professional" -> "professionalName";
            case "mustNotKnow" -> "mustNotKnow";
            default -> draftField;
        };
    }

    /** What to do, in the words of the case file's other messages; never a value. */
    private static String advice(String messageKey) {
        return switch (messageKey) {
            case "problem.receiverMustNotKnow" -> "must not know of the plan: choose someone else, or remove them "
                    + "from this part of the plan.";
            case "problem.receiverUnreachable" -> "cannot be reached: add a phone number, or in-person contact.";
            case "problem.noConsent" -> "has not agreed to take part: record the consent, or remove the role.";
            case "problem.buddyNoProfessional" -> "names no professional with a phone number to call when worried: "
                    + "add professionalName and professionalPhone.";
            case "problem.maxMinutesRequired" -> "has no maximum duration: add maxMinutes.";
            case "problem.returnRequired" -> "does not say how everyone comes back together: add comingBack.";
            case "problem.unknownPerson" -> "names no one in the household or the network: use an id listed there.";
            case "problem.unknownRoom" -> "names no room: use the id of a room listed under homeAgreement/rooms.";
            case "problem.sameRoomName" -> "has the same name as another room: give every room its own name.";
            case "problem.noDays" -> "names no day: add at least one day.";
            case "problem.personTwice" -> "names a person who already has a place in the time-out: give each "
                    + "person one place.";
            case "problem.timeOutLength" -> "a time-out lasts from 1 to " + HomeRules.LONGEST_TIME_OUT
                    + " minutes: correct it.";
            case "problem.minAboveMax" -> "is longer than maxMinutes: correct one of them.";
            case "problem.time", "problem.bothTimes", "problem.sameStartEnd" -> "needs a start and an end that "
                    + "differ: correct the times.";
            default -> CaseFileRules.problem("/x", messageKey, TextRules.MAX_CHARACTERS).getMessage()
                    .substring("x: ".length());
        };
    }
}
