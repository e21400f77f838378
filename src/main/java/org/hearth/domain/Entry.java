package org.hearth.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** Anything Hearth stores: it has a database identity, and equality follows it once assigned. */
@MappedSuperclass
public abstract class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hearth_seq")
    @SequenceGenerator(name = "hearth_seq", sequenceName = "hearth_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || id == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return id.equals(((Entry) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
