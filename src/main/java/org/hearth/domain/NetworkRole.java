package org.hearth.domain;

/** A part a network member plays in the safety plan. */
public enum NetworkRole { SIGNAL_RECEIVER, CHECK_IN, BUDDY, SCHOOL_OUTREACH, EMERGENCY_CONTACT }
