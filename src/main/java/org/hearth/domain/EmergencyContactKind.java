package org.hearth.domain;

/** The kind of number on the emergency list. */
public enum EmergencyContactKind { EMERGENCY, HELPLINE, WORKER, PROFESSIONAL, OTHER }
