package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.Family;
import org.hearth.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hearth's store runs in a separate JVM ({@link CommitLoop}) that commits one change after
 * another and is killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment; the database is then
 * reopened and must hold every acknowledged commit, each change wholly or not at all, and read back whole.
 *
 * <p>The normal build runs {@value #SHORT_RUN} trials; {@code ./mvnw -o -Pcrash test} runs
 * {@code -Dhearth.crashTrials} (100 in that profile). The figures go to {@code target/crash-safety.txt}.
 */
class CrashSafetyTest {

    static final int SHORT_RUN = 5;
    private static final String PASSPHRASE = "crash test passphrase";

    @TempDir
    Path home;

    @Test
    void everyAcknowledgedCommitSurvivesAKillAtARandomMoment() throws Exception {
        int trials = Integer.getInteger("hearth.crashTrials", SHORT_RUN);
        long seed = Long.getLong("hearth.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        DataFolder folder = new DataFolder(home);
        Database.create(folder, PASSPHRASE.toCharArray(), () -> "Crash test").close();

        long next = 1;
        long commits = 0;
        int killedWhileOpening = 0;
        long started = System.nanoTime();
        for (int trial = 1; trial <= trials; trial++) {
            boolean duringOpening = random.nextInt(5) == 0;
            long delay = duringOpening ? random.nextInt(4000) : random.nextInt(1500);
            Trial run;
            try {
                run = runAndKill(folder, next, duringOpening, delay);
            } catch (AssertionError damaged) {
                throw new AssertionError("trial " + trial + " (seed " + seed + "): after the previous kill and a clean"
                        + " reopen and close, the database no longer opens; the file is kept in "
                        + keep(folder), damaged);
            }
            String context = "trial " + trial + " of " + trials + " (seed " + seed + ", first " + next
                    + ", kill " + (duringOpening ? delay + " ms after start" : delay + " ms after the first commit") + ")";
            if (!run.ready) {
                killedWhileOpening++;
            }
            long present = check(folder, next, run.acknowledged, context);
            System.out.printf("crash trial %d/%d: %d acknowledged, %d kept%s%n", trial, trials,
                    run.acknowledged.size(), present - next + 1, run.ready ? "" : " (killed while opening)");
            commits += present - next + 1;
            next = present + 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Database database = Database.open(folder, PASSPHRASE.toCharArray(), () -> "Crash test")) {
            List<CaseSummary> all = database.read(work -> work.cases().summaries());
            assertThat(all).hasSize((int) (next - 1));
            for (CaseSummary summary : all) {
                Family family = database.read(work -> work.cases().whole(summary.id()).orElseThrow());
                assertThat(family.getHousehold()).as(summary.reference()).hasSize(CommitLoop.PEOPLE);
            }
        }
        String figures = String.format("%d trials (seed %d), %d killed while opening, %d commits kept, "
                + "%.1f s per trial%n", trials, seed, killedWhileOpening, commits, seconds / trials);
        System.out.print(figures);
        Path report = Path.of("target", "crash-safety.txt");
        if (Files.isDirectory(report.getParent())) {
            Files.writeString(report, figures);
        }
    }

    /** Copies a database that no longer opens to target/crash-damaged, for study (test data only). */
    private static Path keep(DataFolder folder) throws IOException {
        Path target = Path.of("target", "crash-damaged", Long.toString(System.currentTimeMillis()));
        Files.createDirectories(target);
        Files.copy(folder.databaseFile(), target.resolve("hearth.mv.db"));
        Files.copy(folder.keyFile(), target.resolve("hearth.key"));
        return target.toAbsolutePath();
    }

    private record Trial(boolean ready, List<Long> acknowledged) {
    }

    private static Trial runAndKill(DataFolder folder, long first, boolean duringOpening, long delay)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CommitLoop.class.getName(),
                folder.path().toString(), Long.toString(first)).redirectErrorStream(true);
        builder.environment().put("HEARTH_TEST_PASSPHRASE", PASSPHRASE);
        Process process = builder.start();
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        StringBuilder other = new StringBuilder();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch committing = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals(CommitLoop.READY)) {
                        ready.countDown();
                    } else if (line.startsWith(CommitLoop.ACKNOWLEDGED)) {
                        acknowledged.add(Long.parseLong(line.substring(CommitLoop.ACKNOWLEDGED.length())));
                        committing.countDown();
                    } else {
                        other.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                other.append(e).append('\n');
            }
        });
        reader.start();
        try {
            if (duringOpening) {
                Thread.sleep(delay);
            } else {
                boolean opened = committing.await(120, TimeUnit.SECONDS);
                assertThat(opened).as("the child process opened the store and committed:\n" + other).isTrue();
                Thread.sleep(delay);
            }
            assertThat(process.isAlive()).as("the child was still committing when killed:\n" + other).isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(30_000);
        }
        return new Trial(ready.getCount() == 0, new ArrayList<>(acknowledged));
    }

    /**
     * Reopens the database and checks the changes from {@code first} on: every acknowledged one is there, the
     * changes present are 1..n without gaps, at most the one being committed at the kill is there unacknowledged,
     * and each is whole. Returns the number of the last change present.
     */
    private static long check(DataFolder folder, long first, List<Long> acknowledged, String context)
            throws Exception {
        long lastAcknowledged = acknowledged.isEmpty() ? first - 1 : acknowledged.get(acknowledged.size() - 1);
        for (int i = 0; i < acknowledged.size(); i++) {
            assertThat(acknowledged.get(i)).as(context).isEqualTo(first + i);
        }
        try (Database database = Database.open(folder, PASSPHRASE.toCharArray(), () -> "Crash test")) {
            int count = database.read(work -> work.cases().summaries().size());
            assertThat((long) count).as(context + ": cases present").isBetween(lastAcknowledged, lastAcknowledged + 1);
            long last = count;
            for (long n = Math.max(1, first - 1); n <= last; n++) {
                long number = n;
                Family family = database.read(work -> work.cases().byReference(CommitLoop.reference(number))
                        .flatMap(found -> work.cases().whole(found.getId()))).orElse(null);
                assertThat(family).as(context + ": case " + n + " present").isNotNull();
                assertThat(family.getDisplayName()).as(context + ": case " + n + " renamed with the next commit")
                        .isEqualTo(n < last ? CommitLoop.renamed(n) : "Family " + n);
                assertThat(family.getHousehold()).as(context + ": people of case " + n)
                        .extracting(Person::getNotes)
                        .containsExactly(CommitLoop.note(n, 0), CommitLoop.note(n, 1), CommitLoop.note(n, 2));
                List<History.Revision> history = database.read(work -> work.history().ofCase(family.getId()));
                assertThat(history)
                        .as(context + ": history of case " + n).isNotEmpty();
            }
            return last;
        }
    }
}
