package org.hearth.report;

import java.util.Locale;
import java.util.Optional;

/** The handouts Hearth prints, each with the name the command line knows it by. */
public enum HandoutKind {
    HOME_AGREEMENTS("home", false, false),
    TIME_OUT_CARD("time-out", true, false),
    SAFETY_PLAN("safety-plan", false, false),
    MEMBER_CARD("member", true, true),
    BUDDY_CARD("buddy", true, true),
    NETWORK_TIPS("tips", false, false),
    NETWORK_MAP("map", false, false);

    private final String code;
    private final boolean pocket;
    private final boolean perPerson;

    HandoutKind(String code, boolean pocket, boolean perPerson) {
        this.code = code;
        this.pocket = pocket;
        this.perPerson = perPerson;
    }

    /** The name on the command line and in the case history. */
    public String code() {
        return code;
    }

    /** A pocket card (A6; A5 when in two languages) rather than an A4 sheet. */
    public boolean pocket() {
        return pocket;
    }

    /** One per network member (member card) or per buddy pair (buddy card). */
    public boolean perPerson() {
        return perPerson;
    }

    public static Optional<HandoutKind> byCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (HandoutKind kind : values()) {
            if (kind.code.equals(wanted) || kind.name().equalsIgnoreCase(wanted.replace('-', '_'))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
