package org.hearth.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ({@code target/hearth.jar}) as built: one file made by merging every dependency, so a resource
 * that several jars contribute keeps only one copy unless the build merges it. These tests read the built jar and
 * run it, never {@code target/classes}.
 */
class ShippedJarIT {

    private final Path jar = Path.of(System.getProperty("hearth.jar", "target/hearth.jar"));
    private final Path lib = Path.of(System.getProperty("hearth.lib", "target/lib"));
    private Path data;

    @BeforeEach
    void freshDataFolder() throws IOException {
        data = Files.createTempDirectory("hearth-jar-it");
    }

    @AfterEach
    void removeDataFolder() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyExtensionAndServiceThatTheJarsContributeIsInTheMergedJar() throws IOException {
        Map<String, List<byte[]>> contributed = new LinkedHashMap<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(sources::add);
        }
        assertThat(sources).as("the runtime jars in " + lib).hasSizeGreaterThan(20);
        sources.add(Path.of("target/classes"));
        for (Path source : sources) {
            collect(source, contributed);
        }
        assertThat(contributed).as("resources several jars may contribute")
                .containsKey("jasperreports_extension.properties");
        List<String> lost = new ArrayList<>();
        try (ZipFile merged = new ZipFile(jar.toFile())) {
            for (Map.Entry<String, List<byte[]>> resource : contributed.entrySet()) {
                ZipEntry entry = merged.getEntry(resource.getKey());
                byte[] inJar = entry == null ? new byte[0] : merged.getInputStream(entry).readAllBytes();
                for (byte[] part : resource.getValue()) {
                    lost.addAll(missing(resource.getKey(), part, inJar));
                }
            }
        }
        assertThat(lost).as("entries the merged jar lost").isEmpty();
    }

    @Test
    void aHandoutFromTheJarPrintsArabicPolishTurkishAndEmojiWithTheFontsEmbedded() throws Exception {
        assertThat(run("init")).isZero();
        assertThat(run("import", "src/test/resources/acceptance/family-case.json")).isZero();
        Path out = data.resolve("pdf");
        assertThat(run("handout", "ACC-001", "--kind", "safety-plan", "--lang", "ar,pl,tr", "-o", out.toString()))
                .isZero();
        HandoutCheck check = new HandoutCheck(Path.of("src/main/resources/i18n"));
        List<String> typed = List.of("مريم العمراني", "فاطمة العمراني", "القطة مريضة", "Agnieszka Łęcka-Żółć",
                "Czy podlałaś już kwiatki?", "Nie, padało całą noc.", "Penceredeki mavi ayıcık 🧸", "Ayşe Yılmaz",
                "Lotte 💬 de Vries");
        for (String language : List.of("ar", "pl", "tr")) {
            Path pdf = out.resolve("safety-plan-" + language + ".pdf");
            assertThat(check.problems(pdf, "SAFETY_PLAN", List.of(language), false, typed))
                    .as("what is wrong with the " + language + " safety plan from the jar").isEmpty();
        }
    }

    private int run(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(data.resolve("log.txt").toFile());
        builder.environment().put("HEARTH_HOME", data.resolve("hearth").toString());
        builder.environment().put("HEARTH_PASSPHRASE", "jar-test-passphrase");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
        if (process.exitValue() != 0) {
            System.out.println(Files.readString(data.resolve("log.txt")));
        }
        return process.exitValue();
    }

    /** jasperreports_extension.properties and META-INF/services/* of one jar or folder. */
    private static void collect(Path source, Map<String, List<byte[]>> into) throws IOException {
        if (Files.isDirectory(source)) {
            Path extensions = source.resolve("jasperreports_extension.properties");
            if (Files.exists(extensions)) {
                into.computeIfAbsent("jasperreports_extension.properties", k -> new ArrayList<>())
                        .add(Files.readAllBytes(extensions));
            }
            Path services = source.resolve("META-INF/services");
            if (Files.isDirectory(services)) {
                try (Stream<Path> files = Files.list(services)) {
                    for (Path file : files.toList()) {
                        into.computeIfAbsent("META-INF/services/" + file.getFileName(), k -> new ArrayList<>())
                                .add(Files.readAllBytes(file));
                    }
                }
            }
            return;
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                boolean service = name.startsWith("META-INF/services/") && !entry.isDirectory()
                        && name.indexOf('/', "META-INF/services/".length()) < 0;
                if (service || name.equals("jasperreports_extension.properties")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        into.computeIfAbsent(name, k -> new ArrayList<>()).add(in.readAllBytes());
                    }
                }
            }
        }
    }

    /** What of one contributor's copy the merged copy lacks: properties by key and value, services by line. */
    private static List<String> missing(String name, byte[] part, byte[] merged) throws IOException {
        List<String> lost = new ArrayList<>();
        if (name.endsWith(".properties")) {
            Properties wanted = load(part);
            Properties have = load(merged);
            for (String key : wanted.stringPropertyNames()) {
                if (!wanted.getProperty(key).equals(have.getProperty(key))) {
                    lost.add(name + ": " + key);
                }
            }
            return lost;
        }
        List<String> lines = lines(merged);
        for (String line : lines(part)) {
            if (!lines.contains(line)) {
                lost.add(name + ": " + line);
            }
        }
        return lost;
    }

    private static Properties load(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(bytes));
        return properties;
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }
}
