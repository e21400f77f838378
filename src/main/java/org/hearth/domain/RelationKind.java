package org.hearth.domain;

/** The sector of the network map a person belongs to. */
public enum RelationKind { FAMILY, FRIENDS, NEIGHBOURS, WORK, SCHOOL, COMMUNITY, PEER_SUPPORT, PROFESSIONALS }
