package org.hearth.domain;

/** The place a person has in the household. */
public enum HouseholdRole { ADULT, PARENT, CAREGIVER, CHILD, OTHER }
