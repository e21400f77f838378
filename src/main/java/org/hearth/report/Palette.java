package org.hearth.report;

/** The colour each household member keeps on paper: the same palette as on screen (after Okabe and Ito). */
final class Palette {

    private static final String[] COLOURS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B58900", "#56B4E9", "#7F7F7F", "#6A3D9A",
    };

    private Palette() {
    }

    static String of(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
