package org.hearth.report;

import java.util.Map;

/** The paper a handout is laid out on, with the type sizes that suit it. */
enum PageFormat {
    /** A sheet: safety plan, tips, network map, home agreements. */
    A4(595, 842, 42, 22, 15, 11, 16, 12, 7.5f, 420, 28),
    /**
     * The fridge sheet: an A4 page with narrower margins and tighter type, so the week grid and the agreements fit
     * on one page.
     */
    FRIDGE(595, 842, 30, 19, 13, 10.5f, 12.5f, 10f, 7f, 420, 22),
    /** The fridge sheet in smaller type, for when it would not fit on one page otherwise (e.g. in two languages). */
    FRIDGE_SMALL(595, 842, 26, 16, 11, 8.5f, 10f, 8.5f, 6.5f, 420, 20),
    /** A pocket card (time-out card, member card, buddy card). */
    A6(298, 420, 20, 14, 11, 8.5f, 11, 9, 6, 200, 18),
    /** A pocket card in two languages side by side: twice the room. */
    A5(420, 595, 26, 16, 12, 9, 12, 10, 6.5f, 300, 20);

    final int width;
    final int height;
    final int margin;
    final float title;
    final float heading;
    final float text;
    final float large;
    final float colourRow;
    final float footer;
    final int picture;
    final int logo;

    PageFormat(int width, int height, int margin, float title, float heading, float text, float large,
               float colourRow, float footer, int picture, int logo) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.title = title;
        this.heading = heading;
        this.text = text;
        this.large = large;
        this.colourRow = colourRow;
        this.footer = footer;
        this.picture = picture;
        this.logo = logo;
    }

    static PageFormat of(HandoutKind kind, boolean twoLanguages) {
        if (kind == HandoutKind.HOME_AGREEMENTS) {
            return FRIDGE;
        }
        return !kind.pocket() ? A4 : twoLanguages ? A5 : A6;
    }

    /** The values the template's placeholders take for this format. */
    Map<String, String> placeholders() {
        int column = width - 2 * margin;
        int gutter = Math.round(margin * 0.6f);
        int half = (column - gutter) / 2;
        int gap = Math.round(heading * 0.8f);
        int pad = Math.max(3, Math.round(text * 0.5f));
        int titleLine = lineHeight(title);
        int textLine = lineHeight(text);
        Map<String, String> values = new java.util.HashMap<>(weekGrid(column));
        values.putAll(Map.ofEntries(
                Map.entry("PW", str(width)), Map.entry("PH", str(height)), Map.entry("M", str(margin)),
                Map.entry("W", str(column)), Map.entry("HALF", str(half)), Map.entry("RX", str(column - half)),
                Map.entry("FT", num(title)), Map.entry("FT2", str(titleLine)),
                Map.entry("FH", num(heading)), Map.entry("FH2", str(lineHeight(heading))),
                Map.entry("FP", num(text)), Map.entry("FP2", str(textLine)),
                Map.entry("FL", num(large)), Map.entry("FL2", str(lineHeight(large) + 5)),
                Map.entry("FC", num(colourRow)), Map.entry("FC2", str(lineHeight(colourRow) + 2 * pad)),
                Map.entry("FX2", str(textLine + 2 * pad)), Map.entry("FF", num(footer)),
                Map.entry("TH", str(titleLine + textLine + 12)), Map.entry("TL", str(titleLine + textLine + 6)),
                Map.entry("GAP", str(gap)), Map.entry("GAP2", str(Math.max(2, gap / 3))),
                Map.entry("HH", str(gap + lineHeight(heading) + 2)), Map.entry("PH2", str(textLine + 3)),
                Map.entry("LH", str(lineHeight(large) + 5)), Map.entry("XH", str(textLine + 2 * pad + gap / 3 + 2)),
                Map.entry("CH", str(lineHeight(colourRow) + 2 * pad + gap / 3)),
                Map.entry("IMG", str(picture)), Map.entry("IH", str(picture + gap / 3 + 2)),
                Map.entry("PAD", str(pad)), Map.entry("PAD2", str(pad * 3)),
                Map.entry("FOH", str(logo + 8)), Map.entry("LOGO", str(logo)),
                Map.entry("FX", str(logo + 6)), Map.entry("FW", str(column - logo - 6 - 64)),
                Map.entry("PNX", str(column - 60)), Map.entry("WC", str(column - 14))));
        return values;
    }

    /** The week grid of the fridge sheet: a column for the hours, then seven days across. */
    private Map<String, String> weekGrid(int column) {
        int hours = Math.round(column * 0.085f);
        int day = (column - hours) / 7;
        Map<String, String> grid = new java.util.HashMap<>();
        for (int i = 0; i < 7; i++) {
            grid.put("GX" + i, str(hours + i * day));
            grid.put("GXH" + i, str(hours + i * day + day / 2));
        }
        grid.put("GT", str(hours));
        grid.put("GD", str(day));
        grid.put("GH", str(day / 2));
        grid.put("GH2", str(day - day / 2));
        grid.put("GR", str(Math.round(text * 1.85f)));
        grid.put("GWH", str(lineHeight(text) + 4));
        grid.put("FG", num(text * 1.15f));
        grid.put("FGT", num(text * 0.8f));
        grid.put("FGW", num(text));
        return grid;
    }

    private static int lineHeight(float size) {
        return Math.round(size * 1.45f) + 2;
    }

    private static String str(int value) {
        return Integer.toString(value);
    }

    private static String num(float value) {
        return Float.toString(value);
    }
}
