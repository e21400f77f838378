package org.hearth.service;

import java.util.List;
import org.hearth.domain.FieldProblem;

/** What the worker typed cannot be saved; each problem names its field. Nothing was saved. */
public final class ValidationException extends Exception {

    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("Not saved: " + problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
