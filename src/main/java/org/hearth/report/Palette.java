package org.hearth.report;

/** The colour each household member keeps on paper: the same palette as on screen (after Okabe and Ito). */
final class Palette {

    private static final String[] COLOURS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B58900", "#56B4E9", "#7F7F7F", "#6A3D9A",
    };

    private Palette() {
    }

    private static final java.util.Map<String, java.awt.Image> SWATCHES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A small picture in one colour: the bar beside a person's row. */
    static java.awt.Image swatch(String colour) {
        return SWATCHES.computeIfAbsent(colour, c -> {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.decode(c));
            g.fillRect(0, 0, 4, 4);
            g.dispose();
            return image;
        });
    }

    static String of(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }
}
