package org.hearth.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hearth.service.HomeDraft;

/** Changes to the home agreements draft: each returns a new draft and leaves the old one as it was (for undo). */
final class HomeEdits {

    private HomeEdits() {
    }

    /** The list with the item at index replaced, or appended when index is -1; or removed when item is null. */
    static <T> List<T> put(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        if (item == null) {
            copy.remove(index);
        } else if (index < 0) {
            copy.add(item);
        } else {
            copy.set(index, item);
        }
        return List.copyOf(copy);
    }

    static HomeDraft rooms(HomeDraft d, UnaryOperator<List<HomeDraft.RoomItem>> edit) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), edit.apply(d.rooms()), d.privateTimes(),
                d.activities(), d.respectRules(), d.timeOut(), d.timeOutUses(), d.planSignals());
    }

    static HomeDraft privateTimes(HomeDraft d, UnaryOperator<List<HomeDraft.PrivateTimeItem>> edit) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), d.rooms(), edit.apply(d.privateTimes()),
                d.activities(), d.respectRules(), d.timeOut(), d.timeOutUses(), d.planSignals());
    }

    static HomeDraft activities(HomeDraft d, UnaryOperator<List<HomeDraft.ActivityItem>> edit) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), d.rooms(), d.privateTimes(),
                edit.apply(d.activities()), d.respectRules(), d.timeOut(), d.timeOutUses(), d.planSignals());
    }

    static HomeDraft respectRules(HomeDraft d, UnaryOperator<List<String>> edit) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), d.rooms(), d.privateTimes(),
                d.activities(), edit.apply(d.respectRules()), d.timeOut(), d.timeOutUses(), d.planSignals());
    }

    static HomeDraft timeOut(HomeDraft d, HomeDraft.TimeOutItem timeOut) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), d.rooms(), d.privateTimes(),
                d.activities(), d.respectRules(), timeOut, d.timeOutUses(), d.planSignals());
    }

    static HomeDraft timeOutUses(HomeDraft d, UnaryOperator<List<HomeDraft.TimeOutUseItem>> edit) {
        return new HomeDraft(d.agreementId(), d.version(), d.household(), d.rooms(), d.privateTimes(),
                d.activities(), d.respectRules(), d.timeOut(), edit.apply(d.timeOutUses()), d.planSignals());
    }
}
