package org.hearth.shipped;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a handout PDF back as a family would get it: every font embedded (never a stand-in such as Helvetica that
 * has no Arabic, Polish or Turkish letters), each expected word there letter for letter (Arabic in logical order),
 * and in a discreet variant none of the words that give it away.
 *
 * <p>Used by the tests of the built jar and, as a program on its own, by the acceptance stage against the installed
 * app ({@code java -cp pdfbox-app.jar HandoutCheck.java BUNDLES MANIFEST}). It needs nothing of Hearth but the
 * handout bundles ({@code handout_xx.properties}), from which it takes each handout's title.
 */
public final class HandoutCheck {

    private final Path bundles;

    public HandoutCheck(Path bundles) {
        this.bundles = bundles;
    }

    /**
     * What is wrong with one handout, in plain words (empty when it is right).
     *
     * @param kind the handout kind's name (SAFETY_PLAN, MEMBER_CARD, …), whose title the handout must carry
     * @param languages the handout's languages, first and (when side by side) second
     * @param mustHold text typed into the case that must be printed exactly
     */
    public List<String> problems(Path pdf, String kind, List<String> languages, boolean discreet,
                                 List<String> mustHold) throws IOException {
        List<String> problems = new ArrayList<>();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                fontProblems(page.getResources(), problems, 0);
            }
            text = normal(new PDFTextStripper().getText(document));
        }
        for (String language : languages) {
            Properties words = bundle(language);
            String plainTitle = words.getProperty("kind." + kind);
            String discreetTitle = words.getProperty("kind." + kind + ".discreet");
            String title = discreet && discreetTitle != null ? discreetTitle : plainTitle;
            if (title == null) {
                problems.add("no title for " + kind + " in handout_" + language + ".properties");
            } else if (!text.contains(normal(title))) {
                problems.add("the " + language + " title \"" + title + "\" is missing");
            }
            if (discreet && discreetTitle != null && text.contains(normal(plainTitle))) {
                problems.add("the discreet variant prints the plain " + language + " title \"" + plainTitle + "\"");
            }
        }
        for (String expected : mustHold) {
            // word by word: a phrase may wrap, and in a right-to-left paragraph its wrapped parts stand apart
            for (String word : normal(expected).split(" ")) {
                if (!text.contains(word)) {
                    problems.add("\"" + word + "\" of \"" + expected + "\" is missing or changed");
                }
            }
        }
        return problems;
    }

    private static void fontProblems(PDResources resources, List<String> problems, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            String base = font.getName() == null ? "(no name)" : font.getName();
            if (!font.isEmbedded()) {
                problems.add("font " + base + " is not embedded");
            }
            if (!(font instanceof PDType0Font)) {
                problems.add("font " + base + " is a simple font (" + font.getSubType() + "): it cannot print every"
                        + " script");
            }
            String lower = base.toLowerCase(Locale.ROOT);
            if (lower.contains("helvetica") || lower.contains("arial") || lower.contains("times")
                    || lower.contains("courier")) {
                problems.add("font " + base + " is a stand-in, not the handout font");
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fontProblems(form.getResources(), problems, depth + 1);
            }
        }
    }

    private Properties bundle(String language) throws IOException {
        Path file = bundles.resolve("en".equals(language) ? "handout.properties" : "handout_" + language
                + ".properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        // the bundles are MessageFormat patterns: doubled apostrophes print as one
        properties.replaceAll((k, v) -> v.toString().replace("''", "'"));
        return properties;
    }

    /** Compatibility forms (Arabic as printed, shaped) back to letters; bidi marks and spacing ignored. */
    static String normal(String text) {
        String plain = Normalizer.normalize(whole(text), Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * PDFBox puts a right-to-left line in reading order UTF-16 unit by unit, so an emoji there (two units) comes out
     * as its two halves swapped; the PDF itself is right (pdftotext reads it whole). Swapped halves are put back.
     */
    private static String whole(String text) {
        char[] units = text.toCharArray();
        for (int i = 0; i + 1 < units.length; i++) {
            if (Character.isHighSurrogate(units[i]) && Character.isLowSurrogate(units[i + 1])) {
                i++; // a whole emoji
            } else if (Character.isLowSurrogate(units[i]) && Character.isHighSurrogate(units[i + 1])) {
                char low = units[i];
                units[i] = units[i + 1];
                units[i + 1] = low;
                i++;
            }
        }
        return new String(units);
    }

    /**
     * {@code HandoutCheck BUNDLES MANIFEST}: one handout a line, tab-separated: the PDF, its kind, its languages
     * (comma-separated), {@code plain} or {@code discreet}, and the typed texts it must hold ({@code |}-separated).
     * Prints each problem and a count; exits 1 when any handout is wrong.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HandoutCheck BUNDLES_FOLDER MANIFEST");
            System.exit(2);
        }
        HandoutCheck check = new HandoutCheck(Path.of(args[0]));
        int checked = 0;
        int wrong = 0;
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] field = line.split("\t", -1);
            List<String> holds = field.length > 4 && !field[4].isEmpty() ? List.of(field[4].split("\\|"))
                    : List.of();
            List<String> problems = check.problems(Path.of(field[0]), field[1], List.of(field[2].split(",")),
                    "discreet".equals(field[3]), holds);
            checked++;
            if (!problems.isEmpty()) {
                wrong++;
                for (String problem : problems) {
                    System.out.println("handout-check: " + field[0] + ": " + problem);
                }
            }
        }
        System.out.println("handout-check: " + checked + " handouts read back, " + wrong + " wrong");
        System.exit(wrong == 0 && checked > 0 ? 0 : 1);
    }
}
