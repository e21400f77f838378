package org.hearth.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.report.HandoutFacts.PersonFact;
import org.hearth.report.HandoutFacts.PrivateTimeFact;
import org.junit.jupiter.api.Test;

/**
 * The fridge sheet: one A4 page with the week drawn as a grid (days across, hours down, a colour per person), and
 * not made at all while two private times clash. Read back from the PDF.
 */
class FridgeSheetTest {

    final HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
    final List<PersonFact> household = List.of(new PersonFact("p1", "Sanne Bakker", 0, true),
            new PersonFact("p2", "Mark Bakker", 1, false), new PersonFact("p3", "Noor Bakker", 2, false),
            new PersonFact("p4", "Timo Bakker", 3, false));

    HandoutFacts facts(List<PrivateTimeFact> times) {
        List<HandoutFacts.ActivityFact> activities = List.of(new HandoutFacts.ActivityFact("p2", "Football",
                "Sports park", Set.of(DayOfWeek.THURSDAY), LocalTime.of(19, 30), LocalTime.of(21, 30)));
        HandoutFacts.TimeOutFact timeOut = new HandoutFacts.TimeOutFact("A pause, never a punishment.",
                "A T with the hands", "OK, pause", "Anyone", 20, 60, "Sanne Bakker", "Mark Bakker",
                List.of(new HandoutFacts.TimeOutPlaceFact("p2", "A walk outside", "Music", null),
                        new HandoutFacts.TimeOutPlaceFact("p1", "Living room", "Tea", null)),
                "We meet at the kitchen table.", "Sanne calls Ria.");
        return new HandoutFacts("nl", household, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, new HandoutFacts.HomeFacts(times, activities, List.of("We knock before we go in.",
                "Headphones on means: do not disturb."), timeOut));
    }

    static PrivateTimeFact time(String person, String room, Set<DayOfWeek> days, int from, int to, String what) {
        return new PrivateTimeFact(person, room, days, LocalTime.of(from, 0), LocalTime.of(to, 0), what);
    }

    /** A busy week: every one of them has time of their own on most days, from early until late. */
    List<PrivateTimeFact> busyWeek() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        return List.of(time("p2", "Attic", weekdays, 8, 12, "Job applications"),
                time("p1", "Bedroom", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 13, 17, "Working"),
                time("p1", "Bedroom", EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 19, 20, "Yoga"),
                time("p3", "Noor's room", EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), 14, 16, "Reading"),
                time("p4", "Timo's room", weekend, 10, 12, "Lego"),
                time("p2", "Attic", EnumSet.of(DayOfWeek.SATURDAY), 21, 23, "Guitar"));
    }

    private byte[] pdf(HandoutFacts facts, String language, String second, boolean discreet) {
        return maker.make(facts, new HandoutRequest(HandoutKind.HOME_AGREEMENTS, null, language, second, discreet),
                new Organisation("Stichting Thuisbasis", "038 999 0000", null)).pdf();
    }

    @Test
    void theFridgeSheetIsOnePageInEveryLanguageAndInTwo() throws IOException {
        HandoutFacts facts = facts(busyWeek());
        for (String language : HandoutLanguages.ALL) {
            for (boolean discreet : new boolean[] {false, true}) {
                try (PDDocument document = Loader.loadPDF(pdf(facts, language, null, discreet))) {
                    assertThat(document.getNumberOfPages()).as("%s discreet %s", language, discreet).isEqualTo(1);
                    assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
                    assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(842f);
                }
            }
            try (PDDocument document = Loader.loadPDF(pdf(facts, "nl", language, false))) {
                assertThat(document.getNumberOfPages()).as("nl and %s side by side", language).isEqualTo(1);
            }
        }
    }

    @Test
    void theWeekIsAGridOfDaysAcrossAndHoursDownInEachPersonsColour() throws IOException {
        HandoutFacts facts = facts(busyWeek());
        try (PDDocument document = Loader.loadPDF(pdf(facts, "nl", null, false))) {
            String text = new PDFTextStripper().getText(document);
            // the days across in one line, Monday first, in the handout's language
            assertThat(text.lines().map(String::strip)).anyMatch(l -> l.replaceAll("\\s+", " ")
                    .equals("ma di wo do vr za zo"));
            // the hours down, in order; an hour no one has for themselves is left out
            List<String> hours = text.lines().map(String::strip).filter(l -> l.matches("\\d\\d:00( .*)?"))
                    .map(l -> l.substring(0, 5)).toList();
            assertThat(hours).containsExactly("08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00",
                    "16:00", "19:00", "21:00", "22:00");
            assertThat(text).contains("Mark").contains("Attic").contains("Timo").contains("Noor");
            // each person with time of their own has their colour on the page
            Set<Integer> colours = colours(document.getPage(0).getResources());
            for (PersonFact person : household) {
                Color wanted = Color.decode(Palette.of(person.colour()));
                assertThat(colours).as(person.name()).anyMatch(rgb -> close(new Color(rgb), wanted));
            }
            assertThat(text).contains("Football").contains("We knock before we go in.")
                    .contains("De pauze duurt 20 tot 60 minuten.");
            assertThat(text).as("what happens when the time-out fails is not on the fridge")
                    .doesNotContain("Sanne calls Ria.");
        }
    }

    @Test
    void itIsNotMadeWhileTwoPrivateTimesClashAndSaysWhich() {
        List<PrivateTimeFact> times = new java.util.ArrayList<>(busyWeek());
        times.add(new PrivateTimeFact("p3", "Bedroom", EnumSet.of(DayOfWeek.THURSDAY), LocalTime.of(19, 30),
                LocalTime.of(20, 30), "Drawing"));
        assertThatThrownBy(() -> pdf(facts(times), "en", null, false)).isInstanceOfSatisfying(
                PrivateTimesClash.class, clash -> {
                    assertThat(Set.of(clash.firstPerson(), clash.secondPerson()))
                            .containsExactlyInAnyOrder("Sanne Bakker", "Noor Bakker");
                    assertThat(clash.firstRoom()).isEqualTo("Bedroom");
                    assertThat(clash.secondRoom()).isEqualTo("Bedroom");
                    assertThat(clash.day()).isEqualTo(DayOfWeek.THURSDAY);
                    assertThat(clash.at()).isEqualTo(LocalTime.of(19, 30));
                    assertThat(clash.getMessage()).doesNotContain("Sanne").doesNotContain("Noor");
                });
        // the same person in two rooms at once is a clash too
        List<PrivateTimeFact> twice = new java.util.ArrayList<>(busyWeek());
        twice.add(time("p2", "Garden", EnumSet.of(DayOfWeek.MONDAY), 10, 11, "Digging"));
        assertThatThrownBy(() -> pdf(facts(twice), "en", null, false)).isInstanceOf(PrivateTimesClash.class);
        // in different rooms at the same time is no clash: Sanne works while Noor reads
        assertThat(pdf(facts(busyWeek()), "en", null, false)).isNotEmpty();
    }

    /** The same colour, give or take the rounding of the PDF's colour space. */
    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 3 && Math.abs(a.getGreen() - b.getGreen()) <= 3
                && Math.abs(a.getBlue() - b.getBlue()) <= 3;
    }

    /** The colours of the one-colour pictures on the page (the grid's cells and the bars beside each row). */
    private static Set<Integer> colours(PDResources resources) throws IOException {
        Set<Integer> colours = new HashSet<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                colours.add(picture.getRGB(0, 0) | 0xFF000000);
            }
        }
        return colours;
    }
}
