package org.hearth.domain;

/** What is known about a household member's part in the violence. */
public enum RiskRole { NOT_KNOWN, AT_RISK, USES_VIOLENCE }
