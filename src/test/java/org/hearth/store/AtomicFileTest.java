package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a file into place as Windows and other file systems allow it: a file system that cannot rename in one step
 * still gets the file, one that another program holds for a moment (a virus scanner, the search indexer) is tried
 * again, and one held for good leaves both files as they were. The file systems' refusals are played by a mover that
 * fails on command, as Windows would.
 */
class AtomicFileTest {

    @TempDir
    Path temp;

    private final List<Integer> pauses = new ArrayList<>();

    @Test
    void whereTheFileSystemCannotRenameInOneStepTheFileIsStillReplaced() throws Exception {
        Path target = write("settings.properties", "language=en");
        Path fresh = write(".hearth-1.part", "language=nl");
        List<List<CopyOption>> tried = new ArrayList<>();
        AtomicFile.Mover noAtomicMoves = (from, to, options) -> {
            tried.add(Arrays.asList(options));
            if (tried.get(tried.size() - 1).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this drive");
            }
            Files.move(from, to, options);
        };

        AtomicFile.replace(fresh, target, noAtomicMoves, pauses::add);

        assertThat(Files.readString(target)).isEqualTo("language=nl");
        assertThat(fresh).doesNotExist();
        assertThat(tried).containsExactly(List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING),
                List.of(StandardCopyOption.REPLACE_EXISTING));
    }

    @Test
    void aFileAnotherProgramHoldsForAMomentIsReplacedOnceItLetsGo() throws Exception {
        Path target = write("hearth.key", "old key");
        Path fresh = write("new.key", "new key");
        int[] refusals = {2};
        AtomicFile.Mover scannedForAMoment = (from, to, options) -> {
            if (refusals[0]-- > 0) {
                throw new AccessDeniedException(to.toString());
            }
            Files.move(from, to, options);
        };

        AtomicFile.replace(fresh, target, scannedForAMoment, pauses::add);

        assertThat(Files.readString(target)).isEqualTo("new key");
        assertThat(pauses).containsExactly(1, 2);
    }

    @Test
    void aFileHeldForGoodIsNotReplacedAndBothFilesStayAsTheyWere() throws Exception {
        Path target = write("hearth.mv.db", "the data");
        Path fresh = write("restored.mv.db", "restored data");
        AtomicFile.Mover heldOpen = (from, to, options) -> {
            throw new java.nio.file.FileSystemException(from.toString(), to.toString(),
                    "The process cannot access the file because it is being used by another process");
        };

        assertThatThrownBy(() -> AtomicFile.replace(fresh, target, heldOpen, pauses::add))
                .isInstanceOf(java.nio.file.FileSystemException.class);

        assertThat(Files.readString(target)).isEqualTo("the data");
        assertThat(Files.readString(fresh)).isEqualTo("restored data");
        assertThat(pauses).hasSize(AtomicFile.ATTEMPTS - 1);
    }

    @Test
    void aMissingFileIsReportedAtOnceNotTriedAgain() throws Exception {
        Path target = write("hearth.key", "key");
        assertThatThrownBy(() -> AtomicFile.replace(temp.resolve("gone"), target, Files::move, pauses::add))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(pauses).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("key");
    }

    @Test
    void aWrittenFileReplacesTheOldOneWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = write("settings.properties", "old");
        AtomicFile.write(target, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
