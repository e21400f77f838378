package org.hearth.report;

import java.util.Locale;
import java.util.Optional;
import org.hearth.domain.HandoutHolder;

/** The handouts Hearth prints, each with the name the command line knows it by. */
public enum HandoutKind {
    HOME_AGREEMENTS("home", false, false, HandoutHolder.THE_HOME),
    TIME_OUT_CARD("time-out", true, false, HandoutHolder.THE_HOME),
    SAFETY_PLAN("safety-plan", false, false, HandoutHolder.PERSON_AT_RISK),
    MEMBER_CARD("member", true, true, HandoutHolder.NETWORK_MEMBER),
    BUDDY_CARD("buddy", true, true, HandoutHolder.BUDDY_PAIR),
    NETWORK_TIPS("tips", false, false, HandoutHolder.ANYONE),
    NETWORK_MAP("map", false, false, HandoutHolder.THE_HOME);

    private final String code;
    private final boolean pocket;
    private final boolean perPerson;
    private final HandoutHolder holder;

    HandoutKind(String code, boolean pocket, boolean perPerson, HandoutHolder holder) {
        this.code = code;
        this.pocket = pocket;
        this.perPerson = perPerson;
        this.holder = holder;
    }

    /** Who holds this handout and where it is kept: what it may hold follows from that. */
    public HandoutHolder holder() {
        return holder;
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
