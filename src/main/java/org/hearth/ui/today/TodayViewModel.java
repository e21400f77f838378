package org.hearth.ui.today;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hearth.domain.Attention;
import org.hearth.service.FollowUpService;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/** The Today screen: the cases that need attention this morning, each with the reason in plain words. */
public final class TodayViewModel {

    private final FollowUpService followUp;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Attention> items = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public TodayViewModel(FollowUpService followUp, Background background, Messages messages) {
        this.followUp = followUp;
        this.background = background;
        this.messages = messages;
    }

    public void reload() {
        loading.set(true);
        background.run(followUp::today, list -> {
            items.setAll(list);
            loading.set(false);
        }, problem -> {
            loading.set(false);
            failure.set(problem);
        });
    }

    /** Why the case is on the list, as the worker reads it. */
    public String reason(Attention item) {
        return switch (item.reason()) {
            case SIGNAL_USED -> item.days() == 0 ? messages.format("today.signalToday", item.who())
                    : messages.format("today.signal", item.who(), item.days());
            case REVIEW_DUE -> messages.get("today.reviewDue");
            case REVIEW_OVERDUE -> messages.format("today.reviewOverdue", item.days());
            case CHECK_IN_OVERDUE -> messages.format("today.checkIn", item.who(), item.days(),
                    messages.of("frequency", item.frequency()));
            case BUDDY_SILENT -> messages.format("today.buddy", item.who(), item.days());
            case PLAN_STILL_DRAFT -> messages.format("today.draft", item.days());
        };
    }

    /** Signals used and overdue reviews are danger; the rest are to-dos. */
    public boolean urgent(Attention item) {
        return item.reason() == Attention.Reason.SIGNAL_USED || item.reason() == Attention.Reason.REVIEW_OVERDUE;
    }

    public ObservableList<Attention> items() {
        return items;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
