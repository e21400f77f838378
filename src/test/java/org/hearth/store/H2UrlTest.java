package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The settings that protect the data are on every address Hearth opens its database with. */
class H2UrlTest {

    @Test
    void anExistingDatabaseIsOpenedEncryptedWithoutWriteDelayOrTraceFileAndNeverCreated() {
        String url = H2Url.existing(Path.of("/data/hearth"));
        assertThat(url).contains(";MAX_COMPACT_TIME=0").startsWith("jdbc:h2:file:/data/hearth;")
                .contains(";CIPHER=AES").contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0")
                .contains(";IFEXISTS=TRUE");
    }

    @Test
    void theFirstStartCreatesTheDatabaseWithTheSameProtection() {
        String url = H2Url.creating(Path.of("/data/hearth"));
        assertThat(url).contains(";CIPHER=AES").contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0").contains(";MAX_COMPACT_TIME=0")
                .doesNotContain("IFEXISTS");
    }

    @Test
    void windowsPathsBecomeForwardSlashes() {
        assertThat(H2Url.existing(Path.of("C:\\Users\\w\\AppData\\Roaming\\Hearth\\hearth")))
                .doesNotContain("\\");
    }

    @Test
    void aTestFileSystemKeepsEveryProtectionAndTheWorkersAddressStaysOnTheDisk() {
        assertThat(H2Url.existing(Path.of("/data/hearth"), "failing")).startsWith("jdbc:h2:failing:/data/hearth;")
                .isEqualTo(H2Url.existing(Path.of("/data/hearth")).replace("jdbc:h2:file:", "jdbc:h2:failing:"));
        assertThat(H2Url.creating(Path.of("/data/hearth"), "failing"))
                .isEqualTo(H2Url.creating(Path.of("/data/hearth")).replace("jdbc:h2:file:", "jdbc:h2:failing:"));
        assertThat(new DataFolder(Path.of("/data")).h2FileSystem()).isEqualTo("file");
        assertThat(new DataFolder(Path.of("/data")).reachedThrough("failing").h2FileSystem()).isEqualTo("failing");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> H2Url.existing(Path.of("/d"), "x;INIT=RUNSCRIPT"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
