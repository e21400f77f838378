package org.hearth.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own workflows cannot run here; this reads them as GitHub would (YAML) and checks that they say what
 * the README promises: the three systems, the tests, each system's installer installed and accepted, and a release
 * that only follows tested builds.
 */
class WorkflowTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyPushIsTestedInstalledAndAcceptedOnWindowsMacAndLinux() throws IOException {
        JsonNode build = read("build.yml");
        assertThat(build.path("on").has("push")).as("runs on every push").isTrue();
        assertThat(build.path("on").has("pull_request")).as("runs on pull requests").isTrue();
        assertThat(build.path("on").has("workflow_call")).as("reusable by the release").isTrue();
        JsonNode job = build.path("jobs").path("test-and-install");
        List<String> systems = new ArrayList<>();
        job.path("strategy").path("matrix").path("os").forEach(os -> systems.add(os.asText()));
        assertThat(systems).containsExactlyInAnyOrder("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat(job.path("steps").findValuesAsText("java-version")).containsExactly("17");
        String runs = String.join("\n", job.path("steps").findValuesAsText("run"));
        assertThat(runs).contains("./mvnw -B verify", "bash .ci/run", "msiexec", "hdiutil attach",
                "installer/acceptance.sh \"$(cygpath -u \"$app\")\"", "installer/acceptance.sh \"$HOME/Applications");
    }

    @Test
    void theReleaseFollowsTheTestedBuildAndSkipsNoTest() throws IOException {
        JsonNode release = read("release.yml");
        assertThat(release.path("jobs").path("tested").path("uses").asText())
                .isEqualTo("./.github/workflows/build.yml");
        assertThat(release.path("jobs").path("installer").path("needs").asText()).isEqualTo("tested");
        assertThat(Files.readString(Path.of(".github/workflows/release.yml"))).doesNotContain("skipTests");
    }

    @Test
    void ciRunsTheAcceptanceStageOnTheAppImageAndTheInstalledDeb() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(ci).contains("./mvnw -B verify", "installer/smoke-test.sh",
                "installer/acceptance.sh target/installer/Hearth/bin/Hearth",
                "installer/acceptance.sh /opt/hearth/bin/Hearth");
        assertThat(ci.indexOf("\ninstaller/acceptance.sh")).as("acceptance after the tests")
                .isGreaterThan(ci.indexOf("\n./mvnw -B verify"));
    }

    private static JsonNode read(String name) throws IOException {
        JsonNode tree = YAML.readTree(Path.of(".github/workflows", name).toFile());
        assertThat(tree).as(name + " parses as YAML").isNotNull();
        return tree;
    }
}
