package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team server on the command line, against a real PostgreSQL server: set-up, sign-in, sharing. */
class ServerCommandsTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        picocli.CommandLine line = new picocli.CommandLine(new HearthCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private String secret(String name, char[] password) throws Exception {
        Path file = temp.resolve(name + ".txt");
        Files.writeString(file, new String(password) + "\n");
        return file.toString();
    }

    @Test
    void theAdministratorSetsUpTheServerAndWorkersSeeOnlyWhatIsTheirsOrSharedWithThem() throws Exception {
        TestPostgres server = TestPostgres.freshDatabase(false);
        String db = server.address().toString();
        String anna = server.worker("anna", false);
        String bob = server.worker("bob", false);
        String carol = server.worker("carol", false);
        String annas = secret("anna", server.password(anna));
        String bobs = secret("bob", server.password(bob));

        assertThat(run("list", "--db", db, "--user", anna, "--passphrase-file", annas))
                .as("a worker on a server not yet set up").isEqualTo(HearthCommand.NO_DATABASE);
        assertThat(err.toString()).contains("administrator");
        assertThat(run("server-migrate", "--db", db, "--user", server.admin(), "--passphrase-file",
                secret("admin", server.adminPassword()))).as(err.toString()).isZero();

        assertThat(run("demo", "--db", db, "--user", anna, "--passphrase-file", annas)).as(err.toString()).isZero();
        assertThat(run("list", "--db", db, "--user", anna, "--passphrase-file", annas)).isZero();
        assertThat(out.toString()).contains("DEMO-001");
        assertThat(run("list", "--db", db, "--user", bob, "--passphrase-file", bobs)).isZero();
        assertThat(out.toString()).doesNotContain("DEMO-001");

        assertThat(run("share", "DEMO-001", "--with", bob, "--db", db, "--user", anna, "--passphrase-file", annas))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains(bob);
        assertThat(run("list", "--db", db, "--user", bob, "--passphrase-file", bobs)).isZero();
        assertThat(out.toString()).contains("DEMO-001");
        assertThat(run("share", "DEMO-001", "--with", carol, "--db", db, "--user", bob, "--passphrase-file", bobs))
                .as("only the owner or a lead shares").isEqualTo(1);

        assertThat(run("list", "--db", db, "--user", anna, "--passphrase-file", bobs))
                .as("Anna's name with Bob's password").isEqualTo(HearthCommand.WRONG_PASSPHRASE);
        assertThat(run("list", "--db", "mysql://elsewhere/hearth", "--user", anna, "--passphrase-file", annas))
                .isEqualTo(2);
        assertThat(err.toString()).contains("postgresql://");
        assertThat(run("init", "--db", db, "--passphrase-file", annas)).isEqualTo(1);
    }
}
