package org.hearth.service;

import java.nio.file.Path;
import java.time.Instant;

/** A backup as the worker sees it: where it is, when it was made, and how many cases (how many open) it holds. */
public record BackupFacts(Path file, Instant made, int cases, int openCases) {
}
