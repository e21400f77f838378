package org.hearth.report;

import static org.hearth.report.Block.Style.B;
import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;

import java.awt.Image;
import java.util.stream.Collectors;
import org.hearth.domain.Closeness;
import org.hearth.report.HandoutFacts.MemberFact;

/** The network map: the picture saved from the Network tab, with a legend (rings, roles, who does what). */
final class NetworkMapSheet {

    private NetworkMapSheet() {
    }

    static void write(HandoutFacts facts, Sheet sheet, Image picture) {
        HandoutWords w = sheet.words();
        sheet.title("map.title");
        if (picture != null) {
            sheet.add(Block.picture(picture));
        } else {
            sheet.fixed(P, "map.noPicture");
        }
        sheet.fixed(H, "map.legend");
        sheet.fixed(P, "map.rings");
        for (Closeness ring : Closeness.values()) {
            String people = facts.members().stream()
                    // who must not know is never named on paper: a sheet found at home would give them away
                    .filter(m -> m.closeness() == ring && !m.mustNotKnow())
                    .map(MemberFact::name).collect(Collectors.joining(", "));
            if (!people.isEmpty()) {
                sheet.compose(B, language -> "• " + w.in(language, "number.line",
                        w.name(language, "closeness", ring), people));
            }
        }
        sheet.fixed(H, "map.roles");
        for (MemberFact member : facts.members()) {
            if (member.roles().isEmpty() || member.mustNotKnow()) {
                continue;
            }
            sheet.compose(B, language -> "• " + w.in(language, "number.line", member.name(),
                    member.roles().stream().sorted().map(r -> w.name(language, "role", r))
                            .collect(Collectors.joining(", "))));
        }
    }

}
