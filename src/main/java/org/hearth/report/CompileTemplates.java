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
        // a working folder of its own: builds running side by side would otherwise share /tmp/handout_<hash>.java
        Path work = Files.createTempDirectory(folder, ".compile-");
        net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance()
                .setProperty(net.sf.jasperreports.engine.design.JRCompiler.COMPILER_TEMP_DIR, work.toString());
        try {
            compileInto(folder);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void compileInto(Path folder) throws Exception {
        for (PageFormat format : PageFormat.values()) {
            JRSaver.saveObject(HandoutTemplates.compile(format), folder.resolve(HandoutTemplates.compiledName(format))
                    .toFile());
        }
    }
}
