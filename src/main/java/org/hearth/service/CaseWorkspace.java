package org.hearth.service;

import java.util.List;
import org.hearth.domain.CaseSummary;

/** What a case workspace opens with: the header and the household, with the version it was read at. */
public record CaseWorkspace(CaseSummary summary, long version, List<HouseholdMember> household) {

    /** Who last saved a change to the case, and when (from its history). */
    public record SavedBy(String worker, java.time.Instant savedAt) {
    }
}
