package org.hearth.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A readable printout of the personal data held about one person (subject-access export): a title, a subtitle and
 * sections of lines, laid out in the A4 handout template with its embedded fonts. The text comes ready-made in the
 * worker's language (the report layer knows no services); lines typed by the worker are printed as typed.
 */
public final class PersonalDataReport {

    /** A heading and its lines. */
    public record Section(String heading, List<String> lines) {
    }

    private final HandoutTemplates templates;

    public PersonalDataReport(HandoutTemplates templates) {
        this.templates = templates;
    }

    /** The PDF-ready document; its metadata title is the given neutral title, never a name. */
    public Handout make(String title, String subtitle, String documentTitle, List<Section> sections) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Section section : sections) {
            rows.add(row(Block.Style.H, section.heading()));
            for (String line : section.lines()) {
                rows.add(row(Block.Style.P, line));
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", title);
        parameters.put("SUBTITLE", subtitle);
        parameters.put("LEFT_RTL", false);
        parameters.put("RIGHT_RTL", false);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(templates.of(PageFormat.A4), parameters,
                    new JRMapCollectionDataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("The export could not be laid out", e);
        }
        print.setName("export");
        return new Handout(print, documentTitle, 0);
    }

    private static Map<String, ?> row(Block.Style style, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("style", style.name());
        row.put("left", text);
        return row;
    }
}
