package org.hearth.domain;

/** The form a signal takes. */
public enum SignalKind { CODE_WORD, QUESTION_ANSWER, EMOJI_OR_TEXT, OBJECT_OR_GESTURE }
