package org.hearth.report;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Compiles the handout template for every page format at build time ({@code process-classes}), so Hearth never
 * compiles at run time: {@code java org.hearth.report.CompileTemplates target/classes/org/hearth/report}.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (PageFormat format : PageFormat.values()) {
            JRSaver.saveObject(HandoutTemplates.compile(format), folder.resolve(HandoutTemplates.compiledName(format))
                    .toFile());
        }
    }
}
