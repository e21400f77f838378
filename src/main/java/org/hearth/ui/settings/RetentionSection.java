package org.hearth.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseService;
import org.hearth.service.ErasureService;
import org.hearth.service.Settings;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;
import org.hearth.ui.privacy.PersonalDataActions;

/**
 * Settings, privacy: after how many years a closed case comes up for review, and the closed cases older than
 * that, each of which the worker can open or erase for good.
 */
public final class RetentionSection {

    private final Settings settings;
    private final CaseService cases;
    private final PersonalDataActions actions;
    private final Background background;
    private final Messages messages;
    private final Consumer<CaseSummary> open;
    private final ObservableList<CaseSummary> due = FXCollections.observableArrayList();
    private final Label explain = new Label();
    private final Label status = new Label();

    public RetentionSection(Settings settings, CaseService cases, PersonalDataActions actions, Background background,
                            Messages messages, Consumer<CaseSummary> open) {
        this.settings = settings;
        this.cases = cases;
        this.actions = actions;
        this.background = background;
        this.messages = messages;
        this.open = open;
    }

    public Node view() {
        Label heading = new Label(messages.get("privacy.retention.settings"));
        heading.getStyleClass().add("title-4");
        Label yearsLabel = new Label(messages.get("privacy.retention.years"));
        TextField years = new TextField(Integer.toString(settings.retentionYears()));
        years.setId("retentionYears");
        years.setAccessibleText(messages.get("privacy.retention.years"));
        years.setPrefColumnCount(4);
        years.setMaxWidth(96);
        yearsLabel.setLabelFor(years);
        Label problem = new Label(messages.get("privacy.retention.yearsProblem"));
        problem.getStyleClass().add("field-problem");
        problem.setId("retentionYearsProblem");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        years.textProperty().addListener((o, old, text) -> {
            Integer value = parse(text);
            problem.setVisible(value == null);
            if (value != null && value != settings.retentionYears()) {
                try {
                    settings.setRetentionYears(value);
                } catch (java.io.IOException e) {
                    problem.setVisible(true);
                    return;
                }
                refresh();
            }
        });

        Label title = new Label(messages.get("privacy.retention.title"));
        title.getStyleClass().add("title-4");
        explain.setWrapText(true);
        explain.getStyleClass().add("hint");
        ListView<CaseSummary> list = new ListView<>(due);
        list.setId("retentionList");
        list.setAccessibleText(messages.get("privacy.retention.title"));
        list.setPrefHeight(160);
        list.setPlaceholder(new Label(messages.get("privacy.retention.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.reference() + " — " + item.displayName());
                setAccessibleText(getText());
            }
        });
        Button openButton = new Button(messages.get("privacy.retention.open"));
        openButton.setId("retentionOpen");
        openButton.setAccessibleText(messages.get("privacy.retention.open"));
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(list.getSelectionModel().getSelectedItem()));
        Button erase = new Button(messages.get("privacy.erase.action"));
        erase.setId("retentionErase");
        erase.getStyleClass().add("danger");
        erase.setAccessibleText(messages.get("privacy.erase.action"));
        erase.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        erase.setOnAction(e -> {
            CaseSummary chosen = list.getSelectionModel().getSelectedItem();
            actions.erase(list.getScene().getWindow(), ErasureService.Kind.CASE, chosen.id(), this::refresh,
                    status::setText);
        });
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        HBox buttons = new HBox(8, openButton, erase);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, new Separator(), heading, yearsLabel, years, problem, title, explain, list, buttons,
                status);
        refresh();
        return box;
    }

    private static Integer parse(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= 1 && value <= 30 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        int years = settings.retentionYears();
        explain.setText(messages.format("privacy.retention.explain", years));
        background.run(() -> cases.dueForRetentionReview(years), (List<CaseSummary> found) -> due.setAll(found),
                failure -> due.clear());
    }
}
