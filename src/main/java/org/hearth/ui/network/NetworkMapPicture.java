package org.hearth.ui.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.domain.Closeness;
import org.hearth.domain.RelationKind;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;

/**
 * The network map as a picture for paper, drawn without a screen (Java 2D, so the command line can draw it on a
 * machine without a display): the rings and sectors, the household in the middle in their colours, the people
 * around the family where the Network tab places them, and who keeps in touch with whom. No one who must not know
 * is drawn, nor their contact lines.
 */
public final class NetworkMapPicture {

    private static final int MARGIN = 130;
    private static final double SCALE = 2;
    private static final String[] PERSON_COLOURS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B58900", "#56B4E9", "#7F7F7F", "#6A3D9A",
    };
    private static final String[] SECTOR_COLOURS = {
        "#FFF4E5", "#EAF4FF", "#EDF7ED", "#F3EEFA", "#FFF9DB", "#E8F6F8", "#FDEEF4", "#F1F1F1",
    };
    private static final String[] SECTOR_INKS = {
        "#9C5700", "#1A5FA8", "#2E7D32", "#6A3D9A", "#8A6D00", "#00796B", "#AD1457", "#555555",
    };
    private static final Font BASE = dejaVu();

    private NetworkMapPicture() {
    }

    /** The map of this plan, as the handout prints it. */
    public static BufferedImage of(PlanDraft plan, Messages messages) {
        List<PlanDraft.Member> members = plan.members().stream().filter(m -> !m.mustNotKnow()).toList();
        Set<String> shown = members.stream().map(PlanDraft.Member::key).collect(Collectors.toSet());
        NetworkLayout.Geometry geometry = NetworkLayout.geometry(plan.household().size(), members);
        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(geometry, members, true);
        double centre = geometry.outerRadius() + MARGIN;
        int size = (int) Math.ceil(2 * centre * SCALE);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.scale(SCALE, SCALE);
            g.translate(centre, centre);
            ringsAndSectors(g, geometry, messages);
            Map<String, NetworkLayout.Point> points = new HashMap<>();
            Map<String, Integer> colours = new HashMap<>();
            for (int i = 0; i < plan.household().size(); i++) {
                PlanDraft.HouseholdRef person = plan.household().get(i);
                points.put(person.key(), geometry.householdPoint(i));
                colours.put(person.key(), person.colour());
            }
            members.forEach(m -> points.put(m.key(), geometry.point(places.get(m.key()))));
            for (PlanDraft.ContactLinkItem link : plan.links()) {
                NetworkLayout.Point from = points.get(link.personKey());
                NetworkLayout.Point to = points.get(link.memberKey());
                if (from != null && to != null && shown.contains(link.memberKey())) {
                    Color colour = Color.decode(PERSON_COLOURS[Math.floorMod(colours.get(link.personKey()), 8)]);
                    g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 190));
                    g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(from.x(), from.y() - 16, to.x(), to.y() - 16));
                }
            }
            for (PlanDraft.HouseholdRef person : plan.household()) {
                node(g, points.get(person.key()), person.name(), 22,
                        Color.decode(PERSON_COLOURS[Math.floorMod(person.colour(), 8)]), Color.WHITE, Color.WHITE);
            }
            for (PlanDraft.Member member : members) {
                int sector = (member.kind() == null ? RelationKind.FAMILY : member.kind()).ordinal();
                Color ink = Color.decode(SECTOR_INKS[sector]);
                node(g, points.get(member.key()), member.name(), 20, stronger(Color.decode(SECTOR_COLOURS[sector])),
                        ink, ink);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void ringsAndSectors(Graphics2D g, NetworkLayout.Geometry geometry, Messages messages) {
        RelationKind[] kinds = RelationKind.values();
        double outer = geometry.outerRadius();
        for (int k = 0; k < kinds.length; k++) {
            double start = NetworkLayout.sectorStart(kinds[k]) * 360;
            g.setColor(Color.decode(SECTOR_COLOURS[k]));
            g.fill(new Arc2D.Double(-outer, -outer, 2 * outer, 2 * outer, 90 - start - 45, 45, Arc2D.PIE));
        }
        for (int ring = 4; ring >= 1; ring--) {
            double r = geometry.radiusOf(ring);
            Ellipse2D circle = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            if (ring == 1) {
                g.setColor(Color.WHITE);
                g.fill(circle);
            }
            g.setColor(Color.decode("#9AA5B1"));
            g.setStroke(ring == 1 ? new BasicStroke(2) : new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            g.draw(circle);
        }
        g.setStroke(new BasicStroke(1));
        for (int k = 0; k < kinds.length; k++) {
            double angle = NetworkLayout.sectorStart(kinds[k]) * 2 * Math.PI;
            double inner = geometry.householdRadius();
            g.setColor(Color.decode("#C5CCD3"));
            g.draw(new Line2D.Double(inner * Math.sin(angle), -inner * Math.cos(angle), outer * Math.sin(angle),
                    -outer * Math.cos(angle)));
            double middle = angle + Math.PI / kinds.length;
            double labelRadius = outer + 34;
            g.setColor(Color.decode(SECTOR_INKS[k]));
            centred(g, messages.of("relationKind", kinds[k]), BASE.deriveFont(Font.BOLD, 17f),
                    labelRadius * Math.sin(middle), -labelRadius * Math.cos(middle) + 6);
        }
        Closeness[] rings = Closeness.values();
        g.setColor(Color.decode("#59636E"));
        for (int ring = 0; ring < rings.length; ring++) {
            centred(g, messages.of("closeness", rings[ring]), BASE.deriveFont(13f), 0,
                    -geometry.radiusOf(ring + 1.5) + 5);
        }
    }

    /** A person: a disc with their initials, their name below. */
    private static void node(Graphics2D g, NetworkLayout.Point at, String name, double radius, Color fill, Color ring,
                             Color letters) {
        if (at == null) {
            return;
        }
        Ellipse2D disc = new Ellipse2D.Double(at.x() - radius, at.y() - 16 - radius, 2 * radius, 2 * radius);
        g.setColor(fill);
        g.fill(disc);
        g.setColor(ring);
        g.setStroke(new BasicStroke(2));
        g.draw(disc);
        g.setColor(letters);
        centred(g, initials(name), BASE.deriveFont(Font.BOLD, 15f), at.x(), at.y() - 11);
        g.setColor(Color.decode("#1F2328"));
        centred(g, name, BASE.deriveFont(13f), at.x(), at.y() + 24);
    }

    /** The sector's colour, more saturated and a little darker: the disc of a person in that sector. */
    private static Color stronger(Color colour) {
        float[] hsb = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
        return Color.getHSBColor(hsb[0], Math.min(1f, hsb[1] * 2.2f), hsb[2] * 0.93f);
    }

    private static void centred(Graphics2D g, String text, Font font, double x, double y) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
    }

    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && letters.length() < 2) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** DejaVu Sans, as on the handouts (Latin, Cyrillic, Arabic), else the system's sans serif. */
    private static Font dejaVu() {
        try (InputStream in = NetworkMapPicture.class.getResourceAsStream(
                "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            // the system's sans serif below
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
