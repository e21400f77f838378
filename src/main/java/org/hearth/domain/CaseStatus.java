package org.hearth.domain;

/** Whether the worker still supports the family. */
public enum CaseStatus { OPEN, CLOSED }
