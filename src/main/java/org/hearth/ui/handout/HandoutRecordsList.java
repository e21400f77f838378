package org.hearth.ui.handout;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.service.Failures;
import org.hearth.service.HandoutService;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/** In the History tab: the handouts printed or saved for the case (what, for whom, which language, when). */
public final class HandoutRecordsList {

    private final HandoutService handouts;
    private final Background background;
    private final Messages messages;
    private final long caseId;
    private final ListView<String> list = new ListView<>();
    private final Label failure = new Label();
    private final VBox view;

    public HandoutRecordsList(HandoutService handouts, Background background, Messages messages, long caseId) {
        this.handouts = handouts;
        this.background = background;
        this.messages = messages;
        this.caseId = caseId;
        Label title = new Label(messages.get("handouts.records"));
        title.getStyleClass().add("title-4");
        title.setLabelFor(list);
        list.setId("handoutRecords");
        list.setAccessibleText(messages.get("handouts.records"));
        list.setPrefHeight(150);
        Label empty = new Label(messages.get("handouts.records.empty"));
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        failure.getStyleClass().add("failure");
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        view = new VBox(8, title, list, failure);
        view.setPadding(new javafx.geometry.Insets(0, 24, 16, 24));
    }

    public Node view() {
        return view;
    }

    /** Reads the records again (when the History tab is shown, and after a print or save). */
    public void refresh() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
        background.run(() -> handouts.records(caseId), records -> list.getItems().setAll(records.stream()
                .map(r -> messages.format("handouts.record", when.format(r.madeAt()), kindName(r.kind())
                        + (r.forWhom() == null ? "" : messages.format("handouts.record.for", r.forWhom())) + ", "
                        + HandoutLanguages.nativeName(r.language()) + (r.secondLanguage() == null ? ""
                        : " + " + HandoutLanguages.nativeName(r.secondLanguage()))
                        + (r.discreet() ? messages.get("handouts.record.discreet") : ""),
                        messages.get("handouts.action." + r.action().name())))
                .toList()), problem -> failure.setText(messages.get(Failures.messageKey(problem))));
    }

    private String kindName(String code) {
        return HandoutKind.byCode(code).map(k -> messages.get("handouts.kind." + k.name())).orElse(code);
    }
}
