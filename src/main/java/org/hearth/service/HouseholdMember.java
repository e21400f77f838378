package org.hearth.service;

import org.hearth.domain.HouseholdRole;
import org.hearth.domain.Person;
import org.hearth.domain.RiskRole;

/** A person living in the home, as the overview tab edits them. A new person has no id yet. */
public record HouseholdMember(Long id, String name, HouseholdRole role, Integer birthYear, String phone,
                              String languages, String notes, RiskRole riskRole, int colour) {

    public static HouseholdMember of(Person person) {
        return new HouseholdMember(person.getId(), person.getName(), person.getRole(), person.getBirthYear(),
                person.getPhone(), person.getLanguages(), person.getNotes(), person.getRiskRole(), person.getColour());
    }
}
