package org.hearth.domain;

/**
 * Something wrong with what was typed in one field, named by a message key so that the screen can say it in the
 * worker's language, next to the field.
 */
public record FieldProblem(String field, String messageKey) {

    public static FieldProblem of(String field, TextRules.Problem problem) {
        return new FieldProblem(field, switch (problem) {
            case REQUIRED -> "problem.required";
            case TOO_LONG -> "problem.tooLong";
            case CONTROL_CHARACTER -> "problem.controlCharacter";
        });
    }
}
