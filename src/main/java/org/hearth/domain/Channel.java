package org.hearth.domain;

/** How people reach each other. */
public enum Channel { PHONE, TEXT_CHAT, VIDEO_CALL, IN_PERSON }
