package org.hearth.service;

import java.io.IOException;

/**
 * A case file cannot be imported (or a case cannot be exported). {@link #field()} points at the part of the file
 * that is wrong, like a JSON pointer ({@code /household/2/birthYear}; empty for the file as a whole), and the
 * message names that field and says what to do. The message never quotes a value from the file: it may be
 * personal data. Nothing was stored.
 *
 * <p>It is an {@link IOException}, like {@link java.util.zip.ZipException}: the file cannot be used. Catch it
 * before a general {@code IOException} to show the worker its field and advice.
 */
public final class CaseFileException extends IOException {

    private final String field;

    public CaseFileException(String field, String advice) {
        super((field.isEmpty() ? "case file" : field.substring(1)) + ": " + advice);
        this.field = field;
    }

    /**
     * A problem with an item that has an id in the file: the message names the item by its path and id
     * ({@code safetyPlan/signals/1 (s2): receiver m5 must not know ...}); {@link #field()} is the exact field.
     */
    public CaseFileException(String field, String item, String id, String advice) {
        super(item.substring(1) + (id == null ? "" : " (" + id + ")") + ": " + advice);
        this.field = field;
    }

    /** Where in the file the problem is, e.g. {@code /household/2/birthYear}; empty for the whole file. */
    public String field() {
        return field;
    }
}
