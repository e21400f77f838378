package org.hearth.service;

import static org.hearth.service.CaseFileRules.line;
import static org.hearth.service.CaseFileRules.phone;
import static org.hearth.service.CaseFileRules.text;

/** The rules for the safety plan of a case file; see {@link CaseFileRules}. */
final class CaseFilePlanRules {

    private static final String AT = "/safetyPlan";

    private final CaseFileRules rules;

    CaseFilePlanRules(CaseFileRules rules) {
        this.rules = rules;
    }

    void check(CaseFileV1.Plan plan) throws CaseFileException {
        rules.planStatus(plan.status(), plan.agreedOn(), plan.agreedBy());
        rules.country(plan.country());
        for (int i = 0; i < plan.signals().size(); i++) {
            signal(AT + "/signals/" + i, plan.signals().get(i));
        }
        for (int i = 0; i < plan.riskFactors().size(); i++) {
            text(AT + "/riskFactors/" + i + "/ownText", plan.riskFactors().get(i).ownText(), false);
        }
        for (int i = 0; i < plan.warningSigns().size(); i++) {
            CaseFileV1.WarningSign sign = plan.warningSigns().get(i);
            rules.optionalPerson(sign.person(), AT + "/warningSigns/" + i + "/person");
            text(AT + "/warningSigns/" + i + "/text", sign.text(), true);
        }
        for (int i = 0; i < plan.safePlaces().size(); i++) {
            safePlace(AT + "/safePlaces/" + i, plan.safePlaces().get(i));
        }
        for (int i = 0; i < plan.emergencyContacts().size(); i++) {
            CaseFileV1.EmergencyContact contact = plan.emergencyContacts().get(i);
            String at = AT + "/emergencyContacts/" + i;
            line(at + "/name", contact.name(), true);
            line(at + "/number", contact.number(), true);
            phone(at + "/number", contact.number());
            text(at + "/note", contact.note(), false);
        }
        for (int i = 0; i < plan.checkInAgreements().size(); i++) {
            checkInAgreement(AT + "/checkInAgreements/" + i, plan.checkInAgreements().get(i));
        }
        for (int i = 0; i < plan.buddyPairs().size(); i++) {
            buddyPair(AT + "/buddyPairs/" + i, plan.buddyPairs().get(i));
        }
        for (int i = 0; i < plan.reviews().size(); i++) {
            review(AT + "/reviews/" + i, plan.reviews().get(i));
        }
    }

    private void signal(String at, CaseFileV1.Signal signal) throws CaseFileException {
        rules.defineSignal(at + "/id", signal.id());
        text(at + "/word", signal.word(), true);
        text(at + "/answer", signal.answer(), false);
        text(at + "/meaning", signal.meaning(), true);
        rules.persons(signal.senders(), at + "/senders");
        rules.persons(signal.confidentialFrom(), at + "/confidentialFrom");
        for (int i = 0; i < signal.responses().size(); i++) {
            CaseFileV1.Response response = signal.responses().get(i);
            String responseAt = at + "/responses/" + i;
            rules.member(response.receiver(), responseAt + "/receiver");
            text(responseAt + "/steps", response.steps(), false);
            text(responseAt + "/callsWhom", response.callsWhom(), false);
        }
    }

    private void safePlace(String at, CaseFileV1.SafePlace place) throws CaseFileException {
        line(at + "/name", place.name(), true);
        text(at + "/address", place.address(), false);
        text(at + "/howToGetThere", place.howToGetThere(), false);
        text(at + "/whoIsThere", place.whoIsThere(), false);
        for (int i = 0; i < place.thingsToTake().size(); i++) {
            text(at + "/thingsToTake/" + i + "/thing", place.thingsToTake().get(i).thing(), true);
        }
        rules.persons(place.confidentialFrom(), at + "/confidentialFrom");
    }

    private void checkInAgreement(String at, CaseFileV1.CheckInAgreement agreement) throws CaseFileException {
        rules.defineAgreement(at + "/id", agreement.id());
        rules.member(agreement.member(), at + "/member");
        rules.person(agreement.person(), at + "/person");
        text(at + "/coverStory", agreement.coverStory(), false);
    }

    private void buddyPair(String at, CaseFileV1.BuddyPair pair) throws CaseFileException {
        rules.defineBuddyPair(at + "/id", pair.id());
        rules.person(pair.person(), at + "/person");
        rules.member(pair.buddy(), at + "/buddy");
        text(at + "/codeWord", pair.codeWord(), false);
        line(at + "/professionalName", pair.professionalName(), false);
        phone(at + "/professionalPhone", pair.professionalPhone());
    }

    private void review(String at, CaseFileV1.Review review) throws CaseFileException {
        text(at + "/note", review.note(), false);
        for (int i = 0; i < review.scores().size(); i++) {
            CaseFileV1.Score score = review.scores().get(i);
            rules.person(score.person(), at + "/scores/" + i + "/person");
            CaseFileRules.score(at + "/scores/" + i + "/score", score.score());
        }
    }
}
