package org.hearth.ui.household;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;

/** One person of the household as the form edits them; the birth year is kept as typed until it is saved. */
public final class PersonRow {

    final Long id;
    final int colour;
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<HouseholdRole> role = new SimpleObjectProperty<>(HouseholdRole.ADULT);
    final StringProperty birthYear = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty languages = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObjectProperty<RiskRole> risk = new SimpleObjectProperty<>(RiskRole.NOT_KNOWN);

    PersonRow(Long id, int colour) {
        this.id = id;
        this.colour = colour;
    }

    /** The values of a row at one moment, for undo and for knowing what is unsaved. */
    record State(Long id, int colour, String name, HouseholdRole role, String birthYear, String phone,
                 String languages, String notes, RiskRole risk) {
    }

    State state() {
        return new State(id, colour, name.get(), role.get(), birthYear.get(), phone.get(), languages.get(), notes.get(),
                risk.get());
    }

    static PersonRow of(State state) {
        PersonRow row = new PersonRow(state.id(), state.colour());
        row.name.set(state.name());
        row.role.set(state.role());
        row.birthYear.set(state.birthYear());
        row.phone.set(state.phone());
        row.languages.set(state.languages());
        row.notes.set(state.notes());
        row.risk.set(state.risk());
        return row;
    }

    Observable[] fields() {
        return new Observable[] {name, role, birthYear, phone, languages, notes, risk};
    }

    public String getName() {
        return name.get();
    }

    public HouseholdRole getRole() {
        return role.get();
    }

    public RiskRole getRisk() {
        return risk.get();
    }

    public int getColour() {
        return colour;
    }
}
