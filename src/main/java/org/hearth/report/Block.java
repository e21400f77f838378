package org.hearth.report;

import java.awt.Image;

/**
 * One piece of a handout, in the order it is printed. {@code left} is in the first language; {@code right}, when
 * not null, is the same in the second language, printed beside it. Text the worker typed goes in {@code left}
 * alone and spans the page.
 */
record Block(Style style, String left, String right, String colour, Image image) {

    enum Style {
        /** A section heading. */ H,
        /** A paragraph. */ P,
        /** A bullet (the sign is in the text). */ B,
        /** Large type. */ L,
        /** A framed box, e.g. one signal. */ X,
        /** A row with a bar in a person's colour. */ C,
        /** A picture. */ I,
        /** A day of the week (fridge sheet). */ D
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
