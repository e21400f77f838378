package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hearth.domain.CaseSummary;
import org.hearth.service.DemoCase;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hearth import FILE} keeps the plan's rules as the screens do: a file in which the brother who must not know
 * receives a signal is refused, naming the signal by path and id and no name, and nothing is added; a file whose
 * time-out has no maximum yet is imported.
 */
class CaseFileCommandTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine line = HearthCommand.line();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void anUnsafeFileIsRefusedByItsPathAndIdAndAnIncompleteOneIsImported() throws Exception {
        Path data = temp.resolve("data");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "a long test passphrase\n");
        Vault vault = new Vault(new DataFolder(data), Clock.systemDefaultZone());
        Path exported = temp.resolve("demo.json");
        try (OpenVault open = vault.create("a long test passphrase".toCharArray(), () -> "Test")) {
            open.demo().create();
            open.caseFile().export(DemoCase.REFERENCE, exported);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode file = (ObjectNode) mapper.readTree(exported.toFile());
        ((ObjectNode) file.get("case")).put("reference", "HF-3");
        ObjectNode unsafe = file.deepCopy();
        ((ObjectNode) unsafe.at("/safetyPlan/signals/1/responses/0")).put("receiver", "m12");
        Path unsafeFile = temp.resolve("unsafe.json");
        mapper.writeValue(unsafeFile.toFile(), unsafe);
        ObjectNode incomplete = file.deepCopy();
        ((ObjectNode) incomplete.at("/homeAgreement/timeOut")).remove("maxMinutes");
        Path incompleteFile = temp.resolve("incomplete.json");
        mapper.writeValue(incompleteFile.toFile(), incomplete);
        String dataDir = "--data-dir=" + data;
        String pass = "--passphrase-file=" + secret;

        assertThat(run("import", unsafeFile.toString(), dataDir, pass)).isEqualTo(CaseFileCommands.BAD_FILE);
        assertThat(err.toString()).contains("Nothing was imported.")
                .contains("safetyPlan/signals/1 (s2): receiver m12 must not know").doesNotContain("Peter", "Ria");
        try (OpenVault open = vault.open("a long test passphrase".toCharArray(), () -> "Test")) {
            assertThat(open.cases().cases()).extracting(CaseSummary::reference).containsExactly(DemoCase.REFERENCE);
        }

        assertThat(run("import", incompleteFile.toString(), dataDir, pass)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported case HF-3.");
    }
}
