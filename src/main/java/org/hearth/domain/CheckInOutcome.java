package org.hearth.domain;

/** What a logged contact found. */
public enum CheckInOutcome { ALL_WELL, WORRIED, SIGNAL_USED, NO_ANSWER }
