package org.hearth.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.hearth.domain.NetworkRole;
import org.hearth.service.NetworkRoles;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;

/** The same network as a plain, sortable table: for the keyboard, for screen readers, and for a quick overview. */
final class NetworkList {

    /** One person around the family as a row of the table. */
    record Row(String key, String name, String relation, String kind, int kindOrder, String closeness,
               int closenessOrder, String roles, String mustNotKnow, String inTouchWith) {
    }

    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private boolean updating;

    NetworkList(Messages messages, Consumer<String> select, Consumer<String> edit, Consumer<String> remove) {
        this.messages = messages;
        table.setId("networkTable");
        table.setAccessibleText(messages.get("network.list"));
        table.setPlaceholder(new Label(messages.get("network.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(sized(column("network.column.name", Row::name), 150));
        table.getColumns().add(sized(column("network.column.relation", Row::relation), 170));
        table.getColumns().add(sized(ranked("network.column.kind", r -> new Ranked(r.kind(), r.kindOrder())), 160));
        table.getColumns().add(sized(ranked("network.column.closeness", r -> new Ranked(r.closeness(),
                r.closenessOrder())), 110));
        table.getColumns().add(sized(column("network.column.roles", Row::roles), 160));
        table.getColumns().add(sized(column("network.column.mustNotKnow", Row::mustNotKnow), 125));
        table.getColumns().add(sized(column("network.column.inTouchWith", Row::inTouchWith), 220));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && !updating) {
                select.accept(now.key());
            }
        });
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    edit.accept(row.getItem().key());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Row row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                edit.accept(row.key());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove.accept(row.key());
                e.consume();
            }
        });
    }

    /** A text that sorts in the order of the map (sectors clockwise, rings inside out), not alphabetically. */
    record Ranked(String text, int rank) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            return Integer.compare(rank, other.rank);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private TableColumn<Row, Ranked> ranked(String key, java.util.function.Function<Row, Ranked> value) {
        TableColumn<Row, Ranked> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static <T> TableColumn<Row, T> sized(TableColumn<Row, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(60);
        return column;
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    TableView<Row> view() {
        return table;
    }

    void show(PlanDraft draft, String selectedKey) {
        Map<String, Set<NetworkRole>> roles = NetworkRoles.of(draft);
        List<Row> rows = new ArrayList<>();
        for (PlanDraft.Member m : draft.members()) {
            List<String> touch = draft.links().stream().filter(l -> l.memberKey().equals(m.key()))
                    .map(l -> draft.household().stream().filter(p -> p.key().equals(l.personKey())).findFirst()
                            .map(PlanDraft.HouseholdRef::name).orElse("?")
                            + (l.frequency() == null ? "" : " (" + messages.of("frequency", l.frequency()) + ")"))
                    .toList();
            rows.add(new Row(m.key(), m.name(), m.relation() == null ? "" : m.relation(),
                    messages.of("relationKind", m.kind()), m.kind().ordinal(), messages.of("closeness", m.closeness()),
                    m.closeness().ordinal(), String.join(", ", roles.get(m.key()).stream()
                    .map(r -> messages.of("networkRole", r)).toList()),
                    m.mustNotKnow() ? messages.get("network.mustNotKnowShort") : "", String.join(", ", touch)));
        }
        updating = true;
        var sort = new ArrayList<>(table.getSortOrder());
        table.getItems().setAll(rows);
        table.getSortOrder().setAll(sort);
        select(selectedKey);
        updating = false;
    }

    void select(String key) {
        updating = true;
        table.getItems().stream().filter(r -> r.key().equals(key)).findFirst()
                .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> table.getSelectionModel()
                        .clearSelection());
        updating = false;
    }
}
