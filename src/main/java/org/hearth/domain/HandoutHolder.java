package org.hearth.domain;

/**
 * Who holds a printed handout and where it is kept; this decides what it may hold (decision 0015).
 */
public enum HandoutHolder {
    /** It hangs or lies in the family's home (the fridge sheet, the time-out card): shared items only. */
    THE_HOME,
    /**
     * The person at risk's own copy (the safety plan): it may hold what is kept from another household member, and
     * is then to be kept where they cannot find it.
     */
    PERSON_AT_RISK,
    /**
     * A network member's card, kept in that member's own home: their own signals and steps, even when kept from a
     * household member.
     */
    NETWORK_MEMBER,
    /** The card of a buddy pair, held by both; one of them lives in the family's home: shared items only. */
    BUDDY_PAIR,
    /** Handed to anyone around the family (the tips): it holds nothing of the case. */
    ANYONE
}
