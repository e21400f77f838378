package org.hearth.ui.cases;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseService;
import org.hearth.ui.Background;

/**
 * The case list: every case held in memory once loaded, so that searching as the worker types costs no
 * database round trip; filtered by open/closed and sorted by next review (soonest first) unless the worker
 * sorts by another column.
 */
public final class CaseListViewModel {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Soonest review first; cases without a review date last. */
    public static final Comparator<CaseSummary> BY_NEXT_REVIEW = Comparator.comparing(CaseSummary::nextReview,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CaseSummary::reference);

    private final CaseService cases;
    private final Background background;
    private final Clock clock;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> filtered = new FilteredList<>(all);
    private final SortedList<CaseSummary> sorted = new SortedList<>(filtered, BY_NEXT_REVIEW);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CaseFilter> filter = new SimpleObjectProperty<>(CaseFilter.OPEN);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    /** Each case's reference and name as search compares them, made once per case rather than per keystroke. */
    private final java.util.Map<CaseSummary, String> searchable = new java.util.IdentityHashMap<>();

    public CaseListViewModel(CaseService cases, Background background, Clock clock) {
        this.cases = cases;
        this.background = background;
        this.clock = clock;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, search, filter));
    }

    private Predicate<CaseSummary> predicate() {
        String wanted = plain(search.get());
        CaseFilter status = filter.get();
        return summary -> (status == CaseFilter.ALL
                || (status == CaseFilter.OPEN) == (summary.status() == CaseStatus.OPEN))
                && (wanted.isEmpty() || searchable.computeIfAbsent(summary,
                        s -> plain(s.reference()) + "\n" + plain(s.displayName())).contains(wanted));
    }

    /** Lower case without accents, so "ozturk" finds "Öztürk". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    public void reload() {
        loading.set(true);
        background.run(cases::cases, list -> {
            searchable.clear();
            all.setAll(list);
            loading.set(false);
        }, problem -> {
            loading.set(false);
            failure.set(problem);
        });
    }

    /** Shows a case that was just created or changed, without reloading everything. */
    public void put(CaseSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == summary.id()) {
                searchable.remove(all.get(i));
                all.set(i, summary);
                return;
            }
        }
        all.add(summary);
    }

    public void close(CaseSummary summary, Runnable onDone) {
        background.run(() -> cases.close(summary.id()), changed -> {
            put(changed);
            onDone.run();
        }, failure::set);
    }

    public void reopen(CaseSummary summary, Runnable onDone) {
        background.run(() -> cases.reopen(summary.id()), changed -> {
            put(changed);
            onDone.run();
        }, failure::set);
    }

    public boolean reviewDue(CaseSummary summary) {
        return summary.reviewDue(LocalDate.now(clock));
    }

    public List<CaseSummary> allCases() {
        return List.copyOf(all);
    }

    public SortedList<CaseSummary> shown() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CaseFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public Clock clock() {
        return clock;
    }
}
