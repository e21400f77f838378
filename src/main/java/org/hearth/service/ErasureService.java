package org.hearth.service;

import org.hearth.domain.Family;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.store.Database;
import org.hearth.store.Erasure;
import org.hearth.store.StoreException;

/**
 * Erasing for good (the right to erasure): a household member, a network member, or a whole case, from the data
 * and from its history, after which the database file is compacted so that the erased bytes are gone from it too.
 * Backups made later no longer hold them; backups made before do, until they are deleted (decision 0015).
 */
public final class ErasureService {

    /** Whom or what an erasure is about. */
    public enum Kind { HOUSEHOLD_MEMBER, NETWORK_MEMBER, CASE }

    /**
     * What erasing would take away, for the confirmation: the name (a person's name, or a case's reference and
     * display name), and how many plan and agreement items, contact lines and history entries go with it.
     */
    public record Preview(Kind kind, long id, String name, int items, int contactLines, int historyEntries) {
    }

    private final Database database;

    public ErasureService(Database database) {
        this.database = database;
    }

    public Preview preview(Kind kind, long id) {
        return database.read(work -> {
            Erasure erasure = work.erasure();
            return switch (kind) {
                case HOUSEHOLD_MEMBER -> {
                    Person person = work.cases().person(id).orElseThrow(ErasureService::gone);
                    yield preview(kind, id, person.getName(), erasure.countPerson(id));
                }
                case NETWORK_MEMBER -> {
                    NetworkMember member = work.cases().networkMember(id).orElseThrow(ErasureService::gone);
                    yield preview(kind, id, member.getName(), erasure.countMember(id));
                }
                case CASE -> {
                    Family family = work.cases().find(id).orElseThrow(ErasureService::gone);
                    yield preview(kind, id, family.getReference() + " " + family.getDisplayName(),
                            erasure.countCase(id));
                }
            };
        });
    }

    private static Preview preview(Kind kind, long id, String name, Erasure.Tally tally) {
        return new Preview(kind, id, name, tally.planItems(), tally.contactLines(), tally.historyEntries());
    }

    /**
     * Erases for good, in one transaction, then compacts the database file. Takes a few seconds: never on the
     * JavaFX thread.
     */
    public void erase(Kind kind, long id) {
        database.write(work -> {
            Erasure erasure = work.erasure();
            switch (kind) {
                case HOUSEHOLD_MEMBER -> {
                    work.cases().person(id).orElseThrow(ErasureService::gone);
                    erasure.erasePerson(id);
                }
                case NETWORK_MEMBER -> {
                    work.cases().networkMember(id).orElseThrow(ErasureService::gone);
                    erasure.eraseMember(id);
                }
                case CASE -> {
                    work.cases().find(id).orElseThrow(ErasureService::gone);
                    erasure.eraseCase(id);
                }
                default -> throw new IllegalArgumentException("kind");
            }
        });
        database.compact();
    }

    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This is no longer there");
    }
}
