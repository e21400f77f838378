package org.hearth.report;

import java.awt.Image;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/** Makes handouts: the kind's sheet from the facts, laid out in the compiled template. */
public final class HandoutMaker {

    private final HandoutTemplates templates;

    public HandoutMaker(HandoutTemplates templates) {
        this.templates = templates;
    }

    /**
     * The handout asked for. Refused (IllegalArgumentException) when it is for someone who gets no such handout,
     * e.g. a member card for a member without a role.
     */
    public Handout make(HandoutFacts facts, HandoutRequest request, Organisation organisation) {
        HandoutWords words = new HandoutWords(request);
        Sheet sheet = new Sheet(words);
        switch (request.kind()) {
            case SAFETY_PLAN -> SafetyPlanSheet.write(facts, sheet);
            case MEMBER_CARD -> MemberCardSheet.write(facts, request.forKey(), sheet);
            case BUDDY_CARD -> BuddyCardSheet.write(facts, request.forKey(), sheet);
            case NETWORK_TIPS -> NetworkTipsSheet.write(sheet);
            case NETWORK_MAP -> NetworkMapSheet.write(facts, sheet, picture(facts.mapPicture()));
            case HOME_AGREEMENTS -> HomeAgreementsSheet.write(facts, sheet);
            case TIME_OUT_CARD -> TimeOutCardSheet.write(facts, sheet);
            default -> throw new IllegalArgumentException("Unknown handout kind");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", sheet.title());
        parameters.put("TITLE2", sheet.title2());
        parameters.put("SUBTITLE", sheet.subtitle());
        parameters.put("LEFT_RTL", HandoutLanguages.rightToLeft(request.language()));
        parameters.put("RIGHT_RTL", HandoutLanguages.rightToLeft(request.secondLanguage()));
        if (!request.discreet() && organisation != null && !organisation.isEmpty()) {
            String name = organisation.name() == null ? "" : organisation.name().strip();
            String phone = organisation.phone() == null ? "" : organisation.phone().strip();
            parameters.put("FOOTER", name.isEmpty() ? phone : phone.isEmpty() ? name : name + "  ·  " + phone);
            parameters.put("LOGO", picture(organisation.logo()));
        }
        PageFormat format = PageFormat.of(request.kind(), request.twoLanguages());
        JasperPrint print = fill(format, parameters, sheet);
        if (format == PageFormat.FRIDGE && print.getPages().size() > 1) {
            // the fridge sheet is one page: in smaller type when it needs that
            print = fill(PageFormat.FRIDGE_SMALL, parameters, sheet);
        }
        print.setName("handout");
        // the PDF's title is the handout's kind in its first language: never a name
        String documentTitle = words.one("kind." + request.kind().name());
        return new Handout(print, documentTitle, sheet.leftOut());
    }

    private JasperPrint fill(PageFormat format, Map<String, Object> parameters, Sheet sheet) {
        try {
            return JasperFillManager.fillReport(templates.of(format), new HashMap<>(parameters),
                    new Blocks(sheet.blocks()));
        } catch (JRException e) {
            throw new IllegalStateException("The handout could not be laid out", e);
        }
    }

    /** The handout's title as printed (the neutral one when discreet), in its first language. */
    public String titleOf(HandoutRequest request) {
        return new HandoutWords(request).one("kind." + request.kind().name());
    }

    private static Image picture(byte[] bytes) {
        return Pictures.read(bytes);
    }

    /** A cell of the week grid: "c3" its text on Thursday, "a3" and "b3" the colours of its halves. */
    private static Object gridValue(Block block, String name) {
        if (name.length() != 2 || !Character.isDigit(name.charAt(1))) {
            return null;
        }
        int day = name.charAt(1) - '0';
        List<?> values = switch (name.charAt(0)) {
            case 'c' -> block.cells();
            case 'a' -> block.firstHalves();
            case 'b' -> block.secondHalves();
            default -> List.of();
        };
        return day < values.size() ? values.get(day) : null;
    }

    /** The blocks as the template reads them. */
    private static final class Blocks implements JRDataSource {
        private final List<Block> blocks;
        private int index = -1;
        private int section;

        Blocks(List<Block> blocks) {
            this.blocks = blocks;
        }

        @Override
        public boolean next() {
            index++;
            if (index < blocks.size() && blocks.get(index).style() == Block.Style.H) {
                section++;
            }
            return index < blocks.size();
        }

        @Override
        public Object getFieldValue(JRField field) {
            Block block = blocks.get(index);
            return switch (field.getName()) {
                case "style" -> block.style().name();
                case "left" -> block.left();
                case "right" -> block.right();
                case "colour" -> block.colour();
                case "image" -> block.image();
                case "section" -> section;
                default -> gridValue(block, field.getName());
            };
        }
    }
}
