package org.hearth.domain;

/** The ring of the network map: how close a person is to the family. */
public enum Closeness { VERY_CLOSE, CLOSE, FURTHER }
