package org.hearth.report;

import static org.hearth.bench.Timing.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.hearth.service.DemoCase;
import org.hearth.service.HandoutService;
import org.hearth.service.MovableClock;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.ui.handout.HandoutFactsOf;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast handouts come: the first one after start (in a fresh JVM, before the background warm-up has run: the
 * templates compiled at build time are loaded, fonts and engine classes loaded), and each further one, as PDF and as
 * preview pages. Prints median and 95th percentile;
 * run with {@code ./mvnw -Pbench verify}. Budgets: first under 2 s, each further under 300 ms.
 */
@Tag("benchmark")
class HandoutBenchmark {

    @Test
    void handoutsComeQuickly() throws Exception {
        Path home = Files.createTempDirectory("hearth-handout-bench");
        MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
        HandoutFacts facts;
        try (Database database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(),
                () -> "Bench")) {
            long id = new DemoCase(database, clock).create();
            facts = HandoutFactsOf.of(new HandoutService(database, clock).load(id), HandoutPdfTest.mapPicture(),
                    HandoutKind.SAFETY_PLAN, null);
        }
        Organisation organisation = new Organisation("Stichting Thuisbasis", "038 999 0000", HandoutPdfTest.logo());
        HandoutRequest plan = new HandoutRequest(HandoutKind.SAFETY_PLAN, null, "nl", null, false);

        long start = System.nanoTime();
        HandoutTemplates templates = new HandoutTemplates();
        templates.of(PageFormat.A4);
        double loadMs = (System.nanoTime() - start) / 1e6;
        HandoutMaker maker = new HandoutMaker(templates);
        Handout first = maker.make(facts, plan, organisation);
        double fillMs = (System.nanoTime() - start) / 1e6 - loadMs;
        byte[] firstPdf = first.pdf();
        double firstMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        first.pages(1.5f);
        double firstPreviewMs = (System.nanoTime() - start) / 1e6;
        assertThat(firstPdf.length).isGreaterThan(1000);

        // the other page formats, as the background warm-up after unlocking does
        start = System.nanoTime();
        new HandoutTemplates().warmUp();
        double warmUpMs = (System.nanoTime() - start) / 1e6;

        String member = facts.cardHolders().get(0).key();
        double[] planPdf = measure(5, 30, () -> maker.make(facts, plan, organisation).pdf());
        double[] planPreview = measure(5, 30, () -> maker.make(facts, plan, organisation).pages(1.5f));
        double[] cardPdf = measure(5, 30, () -> maker.make(facts, new HandoutRequest(HandoutKind.MEMBER_CARD, member,
                "nl", "ar", true), organisation).pdf());
        double[] tipsPdf = measure(5, 30, () -> maker.make(facts, new HandoutRequest(HandoutKind.NETWORK_TIPS, null,
                "ar", null, false), organisation).pdf());
        double[] mapPdf = measure(5, 30, () -> maker.make(facts, new HandoutRequest(HandoutKind.NETWORK_MAP, null,
                "de", null, false), organisation).pdf());

        System.out.printf(Locale.ROOT, "%nHandouts, demo case (ms)%n");
        System.out.printf(Locale.ROOT, "  first after start, no warm-up (load + fill + PDF) %7.1f     budget 2000%n",
                firstMs);
        System.out.printf(Locale.ROOT, "    of which: load template %.1f, fill %.1f, PDF %.1f%n", loadMs, fillMs,
                firstMs - loadMs - fillMs);
        System.out.printf(Locale.ROOT, "  first preview pages (2 pages, 1.5x)        %7.1f%n", firstPreviewMs);
        System.out.printf(Locale.ROOT, "  warm-up of the other formats               %7.1f   (background)%n",
                warmUpMs);
        System.out.printf(Locale.ROOT, "  further (median / p95):%n");
        print("safety plan, PDF", planPdf);
        print("safety plan, preview pages", planPreview);
        print("member card nl+ar discreet, PDF", cardPdf);
        print("tips in Arabic, PDF", tipsPdf);
        print("network map with picture, PDF", mapPdf);
        // a benchmark reports its figures against the budgets; it does not fail on time (decision 0009)
    }

    private static void print(String what, double[] times) {
        System.out.printf(Locale.ROOT, "    %-40s %7.1f / %7.1f   budget 300%n", what, times[0], times[1]);
    }
}
