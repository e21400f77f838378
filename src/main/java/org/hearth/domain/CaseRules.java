package org.hearth.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes the details of a case and its household acceptable. The same rules guard the screen and the store. */
public final class CaseRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    private static final int OLDEST_BIRTH_YEAR = 1900;

    private CaseRules() {
    }

    public static List<FieldProblem> checkCase(String reference, String displayName, String worker,
                                               LocalDate nextReview, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLine(reference, true, TextRules.MAX_REFERENCE_CHARACTERS)
                .ifPresent(p -> problems.add(FieldProblem.of("reference", p)));
        TextRules.checkLine(displayName, true, TextRules.MAX_CHARACTERS)
                .ifPresent(p -> problems.add(FieldProblem.of("displayName", p)));
        TextRules.checkLine(worker, false, TextRules.MAX_CHARACTERS)
                .ifPresent(p -> problems.add(FieldProblem.of("worker", p)));
        if (nextReview != null && nextReview.isAfter(today.plusYears(5))) {
            problems.add(new FieldProblem("nextReview", "problem.reviewTooFar"));
        }
        return problems;
    }

    public static List<FieldProblem> checkPerson(String name, HouseholdRole role, Integer birthYear, String phone,
                                                 String languages, String notes, Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLine(name, true, TextRules.MAX_CHARACTERS).ifPresent(p -> problems.add(FieldProblem.of("name", p)));
        if (role == null) {
            problems.add(new FieldProblem("role", "problem.required"));
        }
        if (birthYear != null && (birthYear < OLDEST_BIRTH_YEAR || birthYear > thisYear.getValue())) {
            problems.add(new FieldProblem("birthYear", "problem.birthYear"));
        }
        checkPhone("phone", phone).ifPresent(problems::add);
        TextRules.checkLine(languages, false, TextRules.MAX_CHARACTERS)
                .ifPresent(p -> problems.add(FieldProblem.of("languages", p)));
        TextRules.check(notes, false, TextRules.MAX_CHARACTERS).ifPresent(p -> problems.add(FieldProblem.of("notes", p)));
        return problems;
    }

    /** A phone number holds digits, spaces and the usual marks (+ ( ) - . /), and at least three digits. */
    public static java.util.Optional<FieldProblem> checkPhone(String field, String phone) {
        if (phone == null || phone.isBlank()) {
            return java.util.Optional.empty();
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone.strip()).matches() && digits >= 3 ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldProblem(field, "problem.phone"));
    }
}
