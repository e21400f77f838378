package org.hearth.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.CaseRules;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.SafetyScore;
import org.hearth.domain.TextRules;

/**
 * The rules a case file must keep beyond its schema, the same that guard the screens: text without control
 * characters and not too long, phone numbers, birth years, scores, and ids that refer to items defined in the
 * file. The first problem found is reported; the value itself is never quoted.
 */
final class CaseFileRules {

    /** Column sizes of the short codes (language, country), in UTF-16 units. */
    private static final int LANGUAGE_UNITS = 20;
    private static final int COUNTRY_UNITS = 10;

    private final LocalDate today;
    private final Set<String> persons = new HashSet<>();
    private final Set<String> members = new HashSet<>();
    private final Set<String> signals = new HashSet<>();
    private final Set<String> agreements = new HashSet<>();
    private final Set<String> buddyPairs = new HashSet<>();
    private final Set<String> rooms = new HashSet<>();

    CaseFileRules(LocalDate today) {
        this.today = today;
    }

    void check(CaseFileV1 file) throws CaseFileException {
        details(file.details());
        for (int i = 0; i < file.household().size(); i++) {
            person("/household/" + i, file.household().get(i));
        }
        for (int i = 0; i < file.network().size(); i++) {
            member("/network/" + i, file.network().get(i));
        }
        for (int i = 0; i < file.contactLinks().size(); i++) {
            CaseFileV1.ContactLink link = file.contactLinks().get(i);
            person(link.person(), "/contactLinks/" + i + "/person");
            member(link.member(), "/contactLinks/" + i + "/member");
        }
        if (file.safetyPlan() != null) {
            new CaseFilePlanRules(this).check(file.safetyPlan());
        }
        if (file.homeAgreement() != null) {
            new CaseFileHomeRules(this).check(file.homeAgreement());
        }
        for (int i = 0; i < file.checkIns().size(); i++) {
            checkIn("/checkIns/" + i, file.checkIns().get(i));
        }
    }

    private void details(CaseFileV1.Details d) throws CaseFileException {
        for (FieldProblem p : CaseRules.checkCase(d.reference(), d.displayName(), d.responsibleWorker(),
                d.nextReview(), today)) {
            String field = "worker".equals(p.field()) ? "responsibleWorker" : p.field();
            throw problem("/case/" + field, p.messageKey(),
                    "reference".equals(field) ? TextRules.MAX_REFERENCE_CHARACTERS : TextRules.MAX_CHARACTERS);
        }
        if (d.status() == CaseStatus.CLOSED && d.closedOn() == null) {
            throw new CaseFileException("/case/closedOn", "is required for a closed case: add the date it closed.");
        }
        if (d.status() == CaseStatus.OPEN && d.closedOn() != null) {
            throw new CaseFileException("/case/closedOn", "is only kept for a closed case: remove it, or set the "
                    + "status to CLOSED.");
        }
        code("/case/language", d.language(), LANGUAGE_UNITS);
    }

    private void person(String at, CaseFileV1.Person p) throws CaseFileException {
        define(persons, at + "/id", p.id(), "person");
        for (FieldProblem problem : CaseRules.checkPerson(p.name(), p.role(), p.birthYear(), p.phone(),
                p.languages(), p.notes(), Year.from(today))) {
            throw problem(at + "/" + problem.field(), problem.messageKey(), TextRules.MAX_CHARACTERS);
        }
    }

    private void member(String at, CaseFileV1.Member m) throws CaseFileException {
        define(members, at + "/id", m.id(), "network member");
        line(at + "/name", m.name(), true);
        line(at + "/relation", m.relation(), false);
        phone(at + "/phone", m.phone());
        line(at + "/email", m.email(), false);
        if (m.mustNotKnow() && !m.roles().isEmpty()) {
            throw new CaseFileException(at + "/roles", at, m.id(), "must not know, so cannot have a role in the "
                    + "plan: remove the roles, or set mustNotKnow to false.");
        }
        if (!m.consentGiven() && !m.roles().isEmpty()) {
            throw new CaseFileException(at + "/roles", at, m.id(), "has not agreed to take part, so cannot have a "
                    + "role: remove the roles, or record the consent.");
        }
        if (!m.consentGiven() && m.consentOn() != null) {
            throw new CaseFileException(at + "/consentOn", "is only kept for a member who gave consent: remove it, "
                    + "or set consentGiven to true.");
        }
        if (!m.consentGiven() && m.consentScope() != null) {
            throw new CaseFileException(at + "/consentScope", "is only kept for a member who gave consent: remove "
                    + "it, or set consentGiven to true.");
        }
        text(at + "/consentScope", m.consentScope(), false);
        text(at + "/notes", m.notes(), false);
        code(at + "/language", m.language(), LANGUAGE_UNITS);
        mapPosition(at, m.mapX(), m.mapY());
    }

    private static void mapPosition(String at, Double x, Double y) throws CaseFileException {
        if ((x == null) != (y == null)) {
            throw new CaseFileException(at + (x == null ? "/mapX" : "/mapY"), "is missing: a place on the network "
                    + "map needs both mapX and mapY. Add it, or remove the other.");
        }
        if (x != null && (!Double.isFinite(x) || !Double.isFinite(y))) {
            throw new CaseFileException(at + (Double.isFinite(x) ? "/mapY" : "/mapX"),
                    "is too large: use an ordinary number.");
        }
    }

    private void checkIn(String at, CaseFileV1.CheckIn c) throws CaseFileException {
        optionalMember(c.member(), at + "/member");
        optionalPerson(c.person(), at + "/person");
        if (c.agreement() != null && !agreements.contains(c.agreement())) {
            throw new CaseFileException(at + "/agreement", "names no check-in agreement: use the id of one listed "
                    + "under safetyPlan/checkInAgreements, or leave it out.");
        }
        if (c.buddyPair() != null && !buddyPairs.contains(c.buddyPair())) {
            throw new CaseFileException(at + "/buddyPair", "names no buddy pair: use the id of one listed under "
                    + "safetyPlan/buddyPairs, or leave it out.");
        }
        text(at + "/actionTaken", c.actionTaken(), false);
    }

    // ---- shared by the plan and home rules

    void planStatus(PlanStatus status, LocalDate agreedOn, String agreedBy) throws CaseFileException {
        if (status == PlanStatus.DRAFT && agreedOn != null) {
            throw new CaseFileException("/safetyPlan/agreedOn", "is only kept for an agreed plan: remove it, or "
                    + "set the status to AGREED.");
        }
        if (status == PlanStatus.DRAFT && agreedBy != null) {
            throw new CaseFileException("/safetyPlan/agreedBy", "is only kept for an agreed plan: remove it, or "
                    + "set the status to AGREED.");
        }
        line("/safetyPlan/agreedBy", agreedBy, false);
    }

    void country(String country) throws CaseFileException {
        code("/safetyPlan/country", country, COUNTRY_UNITS);
    }

    void defineSignal(String at, String id) throws CaseFileException {
        define(signals, at, id, "signal");
    }

    void defineAgreement(String at, String id) throws CaseFileException {
        define(agreements, at, id, "check-in agreement");
    }

    void defineBuddyPair(String at, String id) throws CaseFileException {
        define(buddyPairs, at, id, "buddy pair");
    }

    void defineRoom(String at, String id) throws CaseFileException {
        define(rooms, at, id, "room");
    }

    void person(String id, String at) throws CaseFileException {
        if (!persons.contains(id)) {
            throw new CaseFileException(at, "names no one in the household: use the id of a person listed under "
                    + "household.");
        }
    }

    void optionalPerson(String id, String at) throws CaseFileException {
        if (id != null) {
            person(id, at);
        }
    }

    void persons(List<String> ids, String at) throws CaseFileException {
        for (int i = 0; i < ids.size(); i++) {
            person(ids.get(i), at + "/" + i);
        }
    }

    void member(String id, String at) throws CaseFileException {
        if (!members.contains(id)) {
            throw new CaseFileException(at, "names no one in the network: use the id of a member listed under "
                    + "network.");
        }
    }

    void optionalMember(String id, String at) throws CaseFileException {
        if (id != null) {
            member(id, at);
        }
    }

    void room(String id, String at) throws CaseFileException {
        if (id != null && !rooms.contains(id)) {
            throw new CaseFileException(at, "names no room: use the id of a room listed under homeAgreement/rooms.");
        }
    }

    static void score(String at, int score) throws CaseFileException {
        if (score < SafetyScore.LOWEST || score > SafetyScore.HIGHEST) {
            throw new CaseFileException(at, "a safety score lies between " + SafetyScore.LOWEST + " and "
                    + SafetyScore.HIGHEST + ": correct it.");
        }
    }

    /** Free text: line breaks and tabs allowed. */
    static void text(String at, String text, boolean required) throws CaseFileException {
        Optional<TextRules.Problem> problem = TextRules.check(text, required, TextRules.MAX_CHARACTERS);
        if (problem.isPresent()) {
            throw problem(at, FieldProblem.of("", problem.get()).messageKey(), TextRules.MAX_CHARACTERS);
        }
    }

    /** A one-line text such as a name. */
    static void line(String at, String text, boolean required) throws CaseFileException {
        Optional<TextRules.Problem> problem = TextRules.checkLine(text, required, TextRules.MAX_CHARACTERS);
        if (problem.isPresent()) {
            throw problem(at, FieldProblem.of("", problem.get()).messageKey(), TextRules.MAX_CHARACTERS);
        }
    }

    static void phone(String at, String phone) throws CaseFileException {
        line(at, phone, false);
        if (CaseRules.checkPhone(at, phone).isPresent()) {
            throw problem(at, "problem.phone", TextRules.MAX_CHARACTERS);
        }
    }

    private static void code(String at, String code, int maxUnits) throws CaseFileException {
        line(at, code, false);
        if (code != null && code.length() > maxUnits) {
            throw new CaseFileException(at, "is too long for a language or country code: use a short code such "
                    + "as nl or NL.");
        }
    }

    private static void define(Set<String> ids, String at, String id, String kind) throws CaseFileException {
        if (!ids.add(id)) {
            throw new CaseFileException(at, "is the id of another " + kind + " too: give every " + kind
                    + " its own id.");
        }
    }

    static CaseFileException problem(String at, String messageKey, int maxCharacters) {
        return new CaseFileException(at, switch (messageKey) {
            case "problem.required" -> "is required: fill it in.";
            case "problem.tooLong" -> String.format("is too long: it holds at most %,d characters. Shorten it.",
                    maxCharacters);
            case "problem.controlCharacter" -> "holds a control character (such as a NUL character, or a line "
                    + "break in a one-line field): remove it.";
            case "problem.birthYear" -> "a birth year lies between 1900 and this year: correct it, or leave it out.";
            case "problem.phone" -> "is not a phone number: use digits, spaces and + ( ) - . / with at least three "
                    + "digits.";
            case "problem.reviewTooFar" -> "lies more than five years ahead: choose a nearer date.";
            default -> "is not acceptable: correct it.";
        });
    }
}
