package org.hearth.report;

import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;

/**
 * Tips for the people around a family, in our own words (after the guidance for the social network in the domain
 * notes): nothing about the family itself.
 */
final class NetworkTipsSheet {

    static final int TIPS = 8;

    private NetworkTipsSheet() {
    }

    static void write(Sheet sheet) {
        sheet.title("tips.title");
        sheet.fixed(P, "tips.intro");
        for (int i = 1; i <= TIPS; i++) {
            sheet.fixed(H, "tips." + i + ".title");
            sheet.fixed(P, "tips." + i + ".text");
        }
        sheet.fixed(H, "tips.urgentTitle");
        sheet.fixed(P, "tips.urgent");
    }
}
