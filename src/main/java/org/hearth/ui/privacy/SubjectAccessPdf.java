package org.hearth.ui.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.report.Handout;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.PersonalDataReport;
import org.hearth.service.SubjectAccess;
import org.hearth.ui.Messages;

/**
 * A subject-access export as a readable PDF in the worker's language: section headings and field labels from the
 * bundle, stable codes (roles, channels, days) in words, typed text as typed.
 */
public final class SubjectAccessPdf {

    /** Fields whose values are codes, and the bundle prefix that puts them in words. */
    private static final Map<String, String> CODES = Map.of("role", "role", "riskRole", "risk",
            "kind", "signalKind", "relationKind", "relationKind", "closeness", "closeness",
            "frequency", "frequency", "channel", "channel", "channels", "channel", "roles", "networkRole",
            "days", "home.day");

    private final Messages messages;
    private final PersonalDataReport report;

    public SubjectAccessPdf(Messages messages, HandoutTemplates templates) {
        this.messages = messages;
        this.report = new PersonalDataReport(templates);
    }

    public Handout of(SubjectAccess.Export export) {
        List<PersonalDataReport.Section> sections = new ArrayList<>();
        for (SubjectAccess.Section section : export.sections()) {
            List<String> lines = new ArrayList<>();
            for (Map<String, String> entry : section.entries()) {
                if (section.key().equals("details")) {
                    entry.forEach((field, value) -> lines.add(label(field) + ": " + value(field, value)));
                } else {
                    List<String> parts = new ArrayList<>();
                    entry.forEach((field, value) -> parts.add(label(field) + ": " + value(field, value)));
                    lines.add("• " + String.join("  ·  ", parts));
                }
            }
            sections.add(new PersonalDataReport.Section(messages.get("privacy.section." + section.key()), lines));
        }
        String subtitle = messages.format("privacy.export.subtitle", export.name(), export.caseReference(),
                messages.date(export.madeOn()));
        return report.make(messages.get("privacy.export.title"), subtitle, messages.get("privacy.export.title"),
                sections);
    }

    private String label(String field) {
        return messages.get("privacy.field." + field);
    }

    private String value(String field, String value) {
        try {
            if (field.equals("savedAt")) {
                java.time.LocalDateTime at = java.time.LocalDateTime.parse(value);
                return messages.date(at.toLocalDate()) + " " + at.toLocalTime().withSecond(0);
            }
            if (field.equals("date") || field.equals("consent")) {
                return messages.date(java.time.LocalDate.parse(value));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
        String prefix = CODES.get(field);
        if (prefix == null) {
            return value;
        }
        return String.join(", ", Arrays.stream(value.split(", ")).map(code -> {
            String key = prefix + "." + code;
            return messages.bundle().containsKey(key) ? messages.get(key) : code;
        }).toList());
    }
}
