package org.hearth.domain;

/** Whether the family has agreed to the safety plan. */
public enum PlanStatus { DRAFT, AGREED }
