package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every interface text exists in every language, and every key the screens use exists. */
class BundleTest {

    static final List<String> LANGUAGES = List.of("", "_nl");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasExactlyTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        for (String language : LANGUAGES) {
            Properties other = bundle(language);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of messages%s", language)
                    .isEqualTo(english);
            other.forEach((key, value) -> assertThat((String) value).as("%s in messages%s", key, language).isNotBlank());
        }
    }

    /**
     * A text with arguments is a MessageFormat pattern: a lone apostrophe there swallows the arguments and the
     * worker would read "{0,choice,...}". Every such text must format cleanly.
     */
    @Test
    void everyTextWithArgumentsFormatsCleanly() throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (!pattern.contains("{0") && !pattern.contains("{1")) {
                    continue;
                }
                for (Object[] arguments : List.of(new Object[] {1, 1, "x"}, new Object[] {3, 5, "x"})) {
                    Object[] typed = pattern.contains("{0,choice") || pattern.contains("{0,number")
                            ? arguments : new Object[] {"Someone", arguments[1], "weekly"};
                    String shown = new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH).format(typed);
                    assertThat(shown).as("%s in messages%s", key, language).doesNotContain("{").doesNotContain("}");
                }
            }
        }
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Pattern reference = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/hearth"))) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = reference.matcher(Files.readString(fxml));
                while (matcher.find()) {
                    assertThat(english).as("key %s used in %s", matcher.group(1), fxml.getFileName())
                            .contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Pattern call = Pattern.compile("messages\\.(?:get|format)\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = call.matcher(Files.readString(source));
                while (matcher.find()) {
                    assertThat(english).as("key %s used in %s", matcher.group(1), source.getFileName())
                            .contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyEnumShownOnScreenHasATextInEveryLanguage() throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (var value : org.hearth.domain.HouseholdRole.values()) {
                assertThat(texts).containsKey("role." + value.name());
            }
            for (var value : org.hearth.domain.RiskRole.values()) {
                assertThat(texts).containsKey("risk." + value.name());
            }
            for (var value : org.hearth.domain.CaseStatus.values()) {
                assertThat(texts).containsKey("status." + value.name());
            }
            for (var value : org.hearth.ui.cases.CaseFilter.values()) {
                assertThat(texts).containsKey("caseFilter." + value.name());
            }
            for (String code : org.hearth.ui.cases.CaseFormViewModel.LANGUAGES) {
                assertThat(texts).containsKey("language." + code);
            }
        }
    }
}
