package org.hearth.service;

import java.time.LocalDate;

/** The details of a case that the worker edits in the case form. */
public record CaseDetails(String reference, String displayName, String responsibleWorker, LocalDate nextReview,
                          String language) {
}
