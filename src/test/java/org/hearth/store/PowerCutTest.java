package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.Family;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut while Hearth saves: the store commits one change after another on a {@link PowerCutDisk}, the power
 * goes after a random number of disk operations, and the disk comes back holding what was forced plus a random part
 * of what was still in its cache. The database must then open and hold every save that was acknowledged, whole.
 *
 * <p>The normal build runs {@value #SHORT_RUN} trials; {@code ./mvnw -o -Pcrash test} runs 200
 * ({@code -Dhearth.powerCutTrials=N}; repeat a run with {@code -Dhearth.powerCutSeed=S}). The figures go to
 * {@code target/power-cut.txt}.
 */
class PowerCutTest {

    static final int SHORT_RUN = 6;
    private static final String PASSPHRASE = "power cut passphrase";

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedSaveIsThereAfterAPowerCutAndTheDatabaseOpens() throws Exception {
        int trials = Integer.getInteger("hearth.powerCutTrials", SHORT_RUN);
        long seed = Long.getLong("hearth.powerCutSeed", System.nanoTime());
        Random random = new Random(seed);
        PowerCutDisk.install();
        // each trial starts from the database the previous one left (a chain of cuts, as on a laptop with a bad
        // battery), and every tenth from a fresh one, so the file stays small
        DataFolder fresh = new DataFolder(temp.resolve("fresh"));
        Database.create(fresh, PASSPHRASE.toCharArray(), () -> "Power cut").close();
        DataFolder survivor = fresh;
        long next = 1;
        long acknowledged = 0;
        long lost = 0;
        int notOpening = 0;
        int droppedWrites = 0;
        long started = System.nanoTime();
        for (int trial = 1; trial <= trials; trial++) {
            if (trial % 10 == 0) {
                survivor = fresh;
                next = 1;
            }
            DataFolder folder = copyOf(survivor, temp.resolve("trial-" + trial));
            if (survivor != fresh) {
                deleteFolder(survivor);
            }
            long operations = 1 + random.nextInt(trial % 4 == 0 ? 40 : 400);
            List<Long> saved = new ArrayList<>();
            PowerCutDisk.powerOn(operations);
            try (Database database = Database.open(folder.reachedThrough(PowerCutDisk.SCHEME),
                    PASSPHRASE.toCharArray(), () -> "Power cut")) {
                for (long n = next; ; n++) {
                    long number = n;
                    database.write(work -> {
                        work.cases().add(CommitLoop.caseNumber(number));
                        if (number > 1) {
                            work.cases().byReference(CommitLoop.reference(number - 1))
                                    .ifPresent(previous -> previous.setDisplayName(CommitLoop.renamed(number - 1)));
                        }
                    });
                    saved.add(number);
                }
            } catch (RuntimeException powerCut) {
                assertThat(PowerCutDisk.wasCut()).as("trial %d failed before the power cut: %s", trial, powerCut)
                        .isTrue();
            }
            droppedWrites += PowerCutDisk.afterTheCut(random);
            String context = "trial " + trial + " (seed " + seed + ", cut after " + operations + " operations)";
            List<String> references;
            try (Database database = Database.open(folder, PASSPHRASE.toCharArray(), () -> "Power cut")) {
                references = database.read(work -> work.cases().summaries()).stream()
                        .map(CaseSummary::reference).toList();
                for (long n : saved) {
                    Family family = database.read(work -> work.cases().byReference(CommitLoop.reference(n)))
                            .orElse(null);
                    if (family == null) {
                        lost++;
                        System.out.printf("%s: acknowledged save %d is missing%n", context, n);
                    }
                }
            } catch (RuntimeException doesNotOpen) {
                notOpening++;
                System.out.printf("%s: the database does not open (%s); kept in %s%n", context, doesNotOpen,
                        folder.path());
                survivor = fresh;
                next = 1;
                continue;
            }
            acknowledged += saved.size();
            long highest = references.stream().map(r -> r.substring(2)).mapToLong(Long::parseLong).max().orElse(0);
            System.out.printf("power cut %s: %d saves acknowledged, database opens with %d cases%n", context,
                    saved.size(), references.size());
            next = Math.max(next, highest + 1);
            survivor = folder;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = String.format("%d power cuts (seed %d): %d saves acknowledged, %d lost, %d databases that"
                + " do not open, %d cached writes dropped; %.1f s per trial%n", trials, seed, acknowledged, lost,
                notOpening, droppedWrites, seconds / trials);
        System.out.print(figures);
        Path report = Path.of("target", "power-cut.txt");
        if (Files.isDirectory(report.getParent())) {
            Files.writeString(report, figures);
        }
        assertThat(notOpening).as("databases that do not open after a power cut").isZero();
        assertThat(lost).as("acknowledged saves lost in a power cut").isZero();
        assertThat(acknowledged).as("saves acknowledged before the cuts").isPositive();
    }

    private static void deleteFolder(DataFolder folder) throws IOException {
        BackupRestore.deleteTree(folder.path());
    }

    private static DataFolder copyOf(DataFolder source, Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(source.databaseFile(), target.resolve(source.databaseFile().getFileName()));
        Files.copy(source.keyFile(), target.resolve(source.keyFile().getFileName()));
        return new DataFolder(target);
    }
}
