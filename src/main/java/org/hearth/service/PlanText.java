package org.hearth.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hearth.domain.SafetyPlan;

/**
 * A saved version of a plan as lines of text, one fact per line in a fixed order, so two versions can be shown
 * side by side with the differing lines marked. The labels are plain English for now (the history view is for
 * the worker); names and texts are shown exactly as typed, line breaks as " / ".
 */
final class PlanText {

    private PlanText() {
    }

    static String of(SafetyPlan plan, LocalDate nextReview) {
        List<String> lines = new ArrayList<>();
        lines.add("Status: " + plan.getStatus() + (plan.getAgreedOn() == null ? ""
                : " (" + plan.getAgreedOn() + ", " + one(plan.getAgreedBy()) + ")"));
        lines.add("Next review: " + (nextReview == null ? "-" : nextReview));
        plan.getSignals().stream().sorted(Comparator.comparing(s -> s.getId())).forEach(s -> {
            lines.add("Signal: " + s.getKind() + " \"" + one(s.getWord()) + "\""
                    + (s.getAnswer() == null ? "" : " answer \"" + one(s.getAnswer()) + "\"")
                    + " means: " + one(s.getMeaning()));
            lines.add("  sent by: " + String.join(", ", s.getSenders().stream().map(p -> p.getName()).sorted()
                    .toList()) + "; by: " + String.join(", ", s.getChannels().stream().map(Enum::name).sorted()
                    .toList()));
            s.getResponses().forEach(r -> lines.add("  received by " + r.getReceiver().getName() + ": "
                    + one(r.getSteps()) + (r.getCallsWhom() == null ? "" : " | calls " + one(r.getCallsWhom()))));
        });
        plan.getRiskFactors().stream().filter(f -> f.isPresent()).forEach(f -> lines.add("Risk factor: "
                + (f.getOwnText() == null ? f.getKind().name() : one(f.getOwnText()))));
        plan.getWarningSigns().forEach(w -> lines.add("Warning sign: " + (w.getPerson() == null ? ""
                : w.getPerson().getName() + ": ") + one(w.getText())));
        plan.getSafePlaces().forEach(p -> {
            lines.add("Safe place: " + one(p.getName()) + (p.getAddress() == null ? "" : ", " + one(p.getAddress())));
            lines.add("  take: " + String.join(", ", p.getThingsToTake().stream().map(t -> one(t.getThing()))
                    .toList()));
        });
        plan.getEmergencyContacts().forEach(e -> lines.add("Number: " + e.getKind() + " " + one(e.getName()) + " "
                + one(e.getNumber())));
        plan.getCheckInAgreements().stream().sorted(Comparator.comparing(a -> a.getId())).forEach(a -> lines.add(
                "Check-in: " + a.getMember().getName() + " -> " + a.getPerson().getName() + ", " + a.getFrequency()
                        + (a.getChannel() == null ? "" : ", " + a.getChannel())
                        + (a.getCoverStory() == null ? "" : ", cover: " + one(a.getCoverStory()))));
        plan.getBuddyPairs().stream().sorted(Comparator.comparing(b -> b.getId())).forEach(b -> lines.add(
                "Buddies: " + b.getPerson().getName() + " & " + b.getBuddy().getName()
                        + (b.getDailyTime() == null ? "" : " daily at " + b.getDailyTime())
                        + ", professional: " + one(b.getProfessionalName()) + " " + one(b.getProfessionalPhone())));
        plan.getReviews().stream().sorted(Comparator.comparing(r -> r.getReviewedOn())).forEach(r -> lines.add(
                "Review " + r.getReviewedOn() + ": " + one(r.getNote()) + "; scores: " + String.join(", ",
                        r.getScores().stream().map(s -> s.getPerson().getName() + " " + s.getScore()).sorted()
                                .toList())));
        return String.join("\n", lines);
    }

    private static String one(String text) {
        return text == null ? "" : text.replace("\r\n", " / ").replace("\n", " / ");
    }
}
