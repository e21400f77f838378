package org.hearth.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The handout template per page format: compiled at build time (see {@link CompileTemplates}; compiling takes
 * over a second, filling a compiled one a few milliseconds), loaded once and kept. The compiled templates are kept for the life of the process (they hold nothing about
 * anyone). Thread-safe; {@link #warmUp()} compiles them all ahead of need.
 */
public final class HandoutTemplates {

    private static final Map<PageFormat, JasperReport> COMPILED = new EnumMap<>(PageFormat.class);

    JasperReport of(PageFormat format) {
        synchronized (COMPILED) {
            return COMPILED.computeIfAbsent(format, HandoutTemplates::load);
        }
    }

    /** The name of a format's template as compiled at build time. */
    static String compiledName(PageFormat format) {
        return "handout-" + format.name() + ".jasper";
    }

    /** The template compiled at build time; compiled here only when the build did not (e.g. in an IDE). */
    private static JasperReport load(PageFormat format) {
        try (InputStream in = HandoutTemplates.class.getResourceAsStream(compiledName(format))) {
            if (in != null) {
                return (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(in);
            }
        } catch (IOException | JRException | ClassCastException e) {
            // compile it below
        }
        return compile(format);
    }

    /** Compiles every format and lays out a small handout, so the first real one comes quickly. */
    public void warmUp() {
        of(PageFormat.A4);
        new HandoutMaker(this).make(HandoutFacts.empty(), new HandoutRequest(HandoutKind.NETWORK_TIPS, null,
                "ar", "nl", false), Organisation.NONE).pdf();
        of(PageFormat.A6);
        of(PageFormat.A5);
        of(PageFormat.FRIDGE);
        of(PageFormat.FRIDGE_SMALL);
    }

    static JasperReport compile(PageFormat format) {
        String text;
        try (InputStream in = HandoutTemplates.class.getResourceAsStream("handout.jrxml")) {
            if (in == null) {
                throw new IllegalStateException("The handout template is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The handout template cannot be read", e);
        }
        for (Map.Entry<String, String> value : format.placeholders().entrySet()) {
            text = text.replace("@" + value.getKey() + "@", value.getValue());
        }
        if (text.matches("(?s).*@[A-Z0-9]+@.*")) {
            throw new IllegalStateException("The handout template has a placeholder without a value");
        }
        try {
            return JasperCompileManager.compileReport(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JRException e) {
            throw new IllegalStateException("The handout template does not compile", e);
        }
    }
}
