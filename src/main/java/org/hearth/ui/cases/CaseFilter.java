package org.hearth.ui.cases;

/** Which cases the list shows. */
public enum CaseFilter { OPEN, CLOSED, ALL }
