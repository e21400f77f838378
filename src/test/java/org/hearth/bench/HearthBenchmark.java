package org.hearth.bench;

import static org.hearth.bench.Timing.measure;
import static org.hearth.bench.Timing.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.service.BenchCases;
import org.hearth.service.OpenVault;
import org.hearth.service.PlanDraft;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.ui.Background;
import org.hearth.ui.shell.HearthWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hearth's speed against its budgets, on a realistic encrypted database of 10,000 cases built once in
 * {@code target/bench}. Prints a table of medians and 95th percentiles with the budget beside each, and writes it
 * to {@code target/bench/results.md}. Run with {@code ./mvnw -Pbench verify}; {@code -Dbench.cases=N} for a
 * smaller database.
 */
@Tag("benchmark")
class HearthBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final String PASSPHRASE = "a benchmark passphrase";
    private static final Path ROOT = Path.of("target", "bench").toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<String> rows = new ArrayList<>();
    private Stage stage;

    @Test
    void hearthAgainstItsBudgets() throws Exception {
        Path data = database();

        double[] bare = launches(BareWindow.class.getName(), data, 5);
        double[] hearth = launches("org.hearth.app.Launcher", data, 5);
        row("launch to passphrase window visible", hearth, 1000, "ms");
        row("  a bare JavaFX window, same machine", bare, 0, "ms");
        rows.add(String.format(Locale.ROOT, "| Hearth's launch as a ratio to the bare window | %.2f | | | |",
                hearth[0] / bare[0]));

        serviceFigures(data);
        uiFigures(data);

        String table = "| what | median | p95 | budget | within |\n| --- | --- | --- | --- | --- |\n"
                + String.join("\n", rows) + "\n";
        System.out.printf("%nHearth benchmark, %d cases, %d cores, Java %s%n%n%s%n", CASES,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), table);
        Files.writeString(ROOT.resolve("results.md"), table);
        assertThat(rows).hasSizeGreaterThan(8);
    }

    /** Builds the encrypted database once; later runs reuse it. */
    private Path database() throws Exception {
        Path data = ROOT.resolve("data-" + CASES);
        Path ready = data.resolve("bench-ready");
        if (Files.exists(ready)) {
            return data;
        }
        deleteRecursively(data);
        Files.createDirectories(data);
        long start = System.nanoTime();
        Vault vault = new Vault(new DataFolder(data), Clock.systemDefaultZone());
        try (OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "Benchmark")) {
            for (int from = 1; from <= CASES; from += 100) {
                BenchCases.add(open, from, Math.min(CASES, from + 99), TODAY);
            }
        }
        Files.writeString(ready, "built");
        System.out.printf("Built %d cases in %.0f s%n", CASES, (System.nanoTime() - start) / 1e9);
        return data;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- launches in a fresh JVM ----

    private double[] launches(String mainClass, Path data, int runs) throws Exception {
        double[] times = new double[runs + 1];
        for (int i = 0; i <= runs; i++) {
            times[i] = launch(mainClass, data);
        }
        return stats(Arrays.copyOfRange(times, 1, times.length));
    }

    private static double launch(String mainClass, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dhearth.measureStart=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-cp", System.getProperty("java.class.path"), mainClass));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(DataFolder.ENVIRONMENT_VARIABLE, data.toString());
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Pattern frame = Pattern.compile("first frame after (\\d+) ms");
            String line;
            StringBuilder said = new StringBuilder();
            while ((line = out.readLine()) != null) {
                Matcher match = frame.matcher(line);
                if (match.find()) {
                    return Double.parseDouble(match.group(1));
                }
                said.append(line).append('\n');
            }
            throw new IllegalStateException(mainClass + " ended without showing a window:\n" + said);
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- the services, without a screen ----

    private void serviceFigures(Path data) throws Exception {
        Vault vault = new Vault(new DataFolder(data), Clock.systemDefaultZone());
        try (OpenVault open = vault.open(PASSPHRASE.toCharArray(), () -> "Benchmark")) {
            long largest = open.cases().cases().stream().filter(c -> c.reference().equals(BenchCases.reference(1)))
                    .findFirst().orElseThrow().id();
            PlanDraft[] draft = {open.plans().load(largest)};
            assertThat(draft[0].members()).hasSize(40);
            int[] day = {0};
            double[] save = measure(3, 20, () -> {
                PlanDraft changed = org.hearth.ui.plan.PlanEdits.status(draft[0], draft[0].status(),
                        draft[0].agreedOn(), draft[0].agreedBy(), TODAY.plusDays(30 + day[0]++));
                draft[0] = open.plans().save(largest, changed);
                return draft[0];
            });
            row("save a changed safety plan (40-person network)", save, 100, "ms");
        }
    }

    // ---- the real window, driven as a worker would ----

    private void uiFigures(Path data) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Settings settings = new Settings(new DataFolder(data).settingsFile());
        settings.setLanguage(Locale.ENGLISH);
        settings.setWorkerName("Benchmark");
        Background background = new Background();
        Vault.warmUp();
        WaitForAsyncUtils.asyncFx(() -> new HearthWindow(stage, new Vault(new DataFolder(data),
                Clock.systemDefaultZone()), settings, Clock.systemDefaultZone(), background,
                CompletableFuture.completedFuture(null)).show()).get();
        try {
            double[] unlock = new double[4];
            double[] list = new double[4];
            for (int i = 0; i < unlock.length; i++) {
                waitFor("#passphrase");
                long start = System.nanoTime();
                fx(() -> {
                    PasswordField field = (PasswordField) lookup("#passphrase");
                    field.setText(PASSPHRASE);
                    field.fireEvent(new javafx.event.ActionEvent());
                    return null;
                });
                // the first unlock opens the database and shows Today; later ones (after the lock button) check the
                // passphrase on the lock screen and bring back the case list the worker left (decision 0014)
                waitFor(i == 0 ? "#items" : "#navCases");
                unlock[i] = (System.nanoTime() - start) / 1e6;
                fx(() -> {
                    ((javafx.scene.control.ButtonBase) lookup("#navCases")).fire();
                    return null;
                });
                waitUntil(() -> casesShown() > 0);
                list[i] = (System.nanoTime() - start) / 1e6;
                if (i < unlock.length - 1) {
                    fx(() -> {
                        ((javafx.scene.control.ButtonBase) lookup("#navLock")).fire();
                        return null;
                    });
                }
            }
            row("passphrase on the lock screen to the work shown again", stats(Arrays.copyOfRange(unlock, 1, 4)), 1500,
                    "ms");
            row("passphrase on the lock screen to case list shown", stats(Arrays.copyOfRange(list, 1, 4)), 1500, "ms");

            String[] typing = {"b", "ba", "bak", "bakk", "bakke", "bakker", "", "2", "23", "234", "", "öz", "özt",
                "öztü", "öztür", "öztürk", ""};
            double[] keys = measure(1, 5 * typing.length, new Callable<>() {
                int next;

                @Override
                public Object call() throws Exception {
                    String text = typing[next++ % typing.length];
                    return fx(() -> {
                        ((TextField) lookup("#search")).setText(text);
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        return null;
                    });
                }
            });
            row("search as you type over " + CASES + " cases, per keystroke", keys, 50, "ms (p95)");

            double[] open = new double[8];
            for (int i = 0; i < open.length; i++) {
                open[i] = openCase(BenchCases.reference(1), true);
            }
            row("open a case workspace (40-person network)", stats(Arrays.copyOfRange(open, 2, open.length)), 200,
                    "ms");

            System.gc();
            for (int i = 0; i < 50; i++) {
                openCase(BenchCases.reference(2 + i * 37 % (CASES - 1)), false);
            }
            System.gc();
            Thread.sleep(300);
            System.gc();
            double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
            row("Java heap after opening 50 cases in a row", new double[] {heap, heap}, 300, "MB");
            if (heap > 300) {
                printLargestClasses();
            }
        } finally {
            background.close();
        }
    }

    /** Opens a case from the case list and waits for its household; back to the list afterwards. */
    private double openCase(String reference, boolean andBack) throws Exception {
        fx(() -> {
            ((javafx.scene.control.ButtonBase) lookup("#navCases")).fire();
            return null;
        });
        waitFor("#search");
        fx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<org.hearth.ui.cases.CaseFilter> filter =
                    (javafx.scene.control.ChoiceBox<org.hearth.ui.cases.CaseFilter>) lookup("#filter");
            filter.setValue(org.hearth.ui.cases.CaseFilter.ALL);
            ((TextField) lookup("#search")).setText(reference);
            return null;
        });
        try {
            waitUntil(() -> casesShown() == 1);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Looking for " + reference + ": " + casesShown() + " cases shown, search "
                    + fx(() -> ((TextField) lookup("#search")).getText()) + ", first " + fx(() -> {
                        TableView<?> t = (TableView<?>) lookup("#table");
                        return t.getItems().isEmpty() ? "none" : t.getItems().get(0).toString();
                    }), e);
        }
        long start = System.nanoTime();
        fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<CaseSummary> table = (TableView<CaseSummary>) lookup("#table");
            table.getSelectionModel().select(0);
            ((Button) lookup("#openCaseButton")).fire();
            return null;
        });
        waitUntil(() -> fx(() -> {
            Node people = lookup("#people");
            return people instanceof javafx.scene.control.ListView<?> l && !l.getItems().isEmpty();
        }));
        double took = (System.nanoTime() - start) / 1e6;
        if (andBack) {
            fx(() -> {
                ((javafx.scene.control.ButtonBase) lookup("#navCases")).fire();
                return null;
            });
        }
        return took;
    }

    /** What fills the heap, so a missed memory budget can be explained. */
    private static void printLargestClasses() throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> all = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        jcmd.waitFor(30, TimeUnit.SECONDS);
        System.out.println("Largest classes on the heap:");
        all.stream().limit(25).forEach(System.out::println);
        System.out.println("Hearth's own objects on the heap:");
        all.stream().filter(l -> l.contains("org.hearth")).limit(30).forEach(System.out::println);
        System.out.println("Windows, popups and controls:");
        all.stream().filter(l -> l.matches(".*javafx\\.(stage|scene\\.control\\.(TableView|ChoiceBox|ContextMenu|Tooltip|"
                + "TextField|ListView|TabPane|ScrollPane)|scene\\.(Scene|Parent)|animation).*")).limit(30)
                .forEach(System.out::println);
    }

    private int casesShown() throws Exception {
        return fx(() -> lookup("#table") instanceof TableView<?> t ? t.getItems().size() : -1);
    }

    private Node lookup(String id) {
        Scene scene = stage.getScene();
        return scene == null ? null : scene.lookup(id);
    }

    private void waitFor(String id) throws Exception {
        waitUntil(() -> fx(() -> lookup(id) != null && lookup(id).isVisible()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out");
            }
            Thread.sleep(2);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    // ---- figures ----

    private void row(String what, double[] figures, double budget, String unit) {
        boolean p95Budget = unit.contains("p95");
        double judged = p95Budget ? figures[1] : figures[0];
        String within = budget <= 0 ? "" : judged <= budget ? "yes" : String.format(Locale.ROOT, "no (+%.0f%%)",
                100 * (judged - budget) / budget);
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %s |", what, figures[0], figures[1],
                budget <= 0 ? "" : "≤ " + (int) budget + " " + unit, within));
    }
}
