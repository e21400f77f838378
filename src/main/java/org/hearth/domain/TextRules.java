package org.hearth.domain;

import java.util.Optional;

/**
 * What Hearth accepts as typed text. Text is kept exactly as typed, in any script; it is only refused
 * when it holds control characters (which some databases cannot store) or is longer than a worker
 * would ever type.
 */
public final class TextRules {

    /** The most characters (Unicode code points) any text field takes. */
    public static final int MAX_CHARACTERS = 10_000;
    /** Column size in UTF-16 units: every code point may need two. */
    public static final int TEXT_UNITS = 2 * MAX_CHARACTERS;
    /** The most characters in a case reference. */
    public static final int MAX_REFERENCE_CHARACTERS = 40;
    public static final int REFERENCE_UNITS = 2 * MAX_REFERENCE_CHARACTERS;

    /** Why a text is refused. */
    public enum Problem { REQUIRED, TOO_LONG, CONTROL_CHARACTER }

    private TextRules() {
    }

    /** Checks free text; line breaks and tabs are allowed. */
    public static Optional<Problem> check(String text, boolean required, int maxCharacters) {
        if (text == null || text.isBlank()) {
            return required ? Optional.of(Problem.REQUIRED) : Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > maxCharacters) {
            return Optional.of(Problem.TOO_LONG);
        }
        boolean control = text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
        return control ? Optional.of(Problem.CONTROL_CHARACTER) : Optional.empty();
    }

    /** Checks a single-line text such as a name; line breaks are not allowed. */
    public static Optional<Problem> checkLine(String text, boolean required, int maxCharacters) {
        Optional<Problem> problem = check(text, required, maxCharacters);
        if (problem.isPresent() || text == null) {
            return problem;
        }
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0
                ? Optional.of(Problem.CONTROL_CHARACTER) : Optional.empty();
    }

    /** Blank text is stored as nothing at all; anything else exactly as typed. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
