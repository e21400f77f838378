package org.hearth.ui.control;

import javafx.scene.paint.Color;

/**
 * The colour each household member keeps everywhere (list, map, week grid, handouts). A palette that people
 * with the common colour-vision deficiencies can tell apart (after Okabe and Ito), darkened for contrast.
 */
public final class PersonColours {

    private static final Color[] PALETTE = {
        Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#B58900"), Color.web("#56B4E9"), Color.web("#7F7F7F"), Color.web("#6A3D9A"),
    };

    private PersonColours() {
    }

    public static Color of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
