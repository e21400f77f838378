package org.hearth.report;

import java.awt.Image;
import java.util.List;

/**
 * One piece of a handout, in the order it is printed. {@code left} is in the first language; {@code right}, when
 * not null, is the same in the second language, printed beside it. Text the worker typed goes in {@code left}
 * alone and spans the page.
 */
record Block(Style style, String left, String right, String colour, Image image, List<String> cells,
             List<Image> firstHalves, List<Image> secondHalves) {

    enum Style {
        /** A section heading. */ H,
        /** A paragraph. */ P,
        /** A bullet (the sign is in the text). */ B,
        /** Large type. */ L,
        /** A framed box, e.g. one signal. */ X,
        /** A row with a bar in a person's colour. */ C,
        /** A picture. */ I,
        /** The days across the top of the week grid (fridge sheet). */ W,
        /** One hour of the week grid: the hour, then a cell per day in the colours of whose time it is. */ G
    }

    Block(Style style, String left, String right, String colour, Image image) {
        this(style, left, right, colour, image, List.of(), List.of(), List.of());
    }

    /** The days of the week grid, Monday first. */
    static Block weekDays(List<String> days) {
        return new Block(Style.W, null, null, null, null, List.copyOf(days), List.of(), List.of());
    }

    /**
     * One hour of the week grid: the hour, and per day the text and the colours of its two halves (null where no
     * one has their time).
     */
    static Block weekHour(String hour, List<String> cells, List<Image> firstHalves, List<Image> secondHalves) {
        return new Block(Style.G, hour, null, null, null, java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(cells)), java.util.Collections
                .unmodifiableList(new java.util.ArrayList<>(firstHalves)), java.util.Collections
                .unmodifiableList(new java.util.ArrayList<>(secondHalves)));
    }

    static Block of(Style style, String left, String right) {
        return new Block(style, left, right, null, null);
    }

    static Block typed(Style style, String text) {
        return new Block(style, text, null, null, null);
    }

    static Block coloured(String text, String colour) {
        return new Block(Style.C, text, null, colour, Palette.swatch(colour));
    }

    static Block picture(Image image) {
        return new Block(Style.I, null, null, null, image);
    }
}
