package org.hearth.ui.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hearth.ui.Messages;

/**
 * A dialog that edits one item of a plan: labelled fields one under the other, the item's problems shown as the
 * worker types (each under its field), and Save only while there are none. Every field has its label as its
 * accessible name.
 */
public final class FormDialog {

    private final Messages messages;
    private final VBox fields = new VBox(4);
    private final Map<String, Label> problemLabels = new LinkedHashMap<>();
    private final List<Observable> watched = new ArrayList<>();
    private final Label general = new Label();
    private final java.util.Set<String> touched = new java.util.HashSet<>();
    private Node first;

    public FormDialog(Messages messages) {
        this.messages = messages;
        fields.setPrefWidth(520);
        fields.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        general.getStyleClass().add("field-problem");
        general.setId("formProblems");
        general.setWrapText(true);
    }

    private <C extends Control> C add(String field, String labelText, C control) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setAccessibleText(label.getText());
        control.setId(field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label problem = problemLabel(field);
        problemLabels.put(field, problem);
        fields.getChildren().addAll(label, control, problem);
        if (first == null) {
            first = control;
        }
        return control;
    }

    public TextField text(String field, String labelKey, String value) {
        TextField control = add(field, messages.get(labelKey), new TextField(value == null ? "" : value));
        touch(field, control.textProperty());
        return control;
    }

    /** A text field with a label already worded (e.g. naming the person it is for). */
    public TextField textAs(String field, String labelText, String value) {
        TextField control = add(field, labelText, new TextField(value == null ? "" : value));
        touch(field, control.textProperty());
        return control;
    }

    public TextArea area(String field, String labelKey, String value) {
        TextArea control = add(field, messages.get(labelKey), new TextArea(value == null ? "" : value));
        control.setWrapText(true);
        control.setPrefRowCount(4);
        touch(field, control.textProperty());
        return control;
    }

    public <E extends Enum<E>> ChoiceBox<E> choice(String field, String labelKey, String textPrefix, List<E> values,
                                                   E value) {
        ChoiceBox<E> control = add(field, messages.get(labelKey), new ChoiceBox<>());
        control.getItems().setAll(values);
        control.setConverter(messages.names(textPrefix));
        control.setValue(value);
        touch(field, control.valueProperty());
        return control;
    }

    /** A choice among things that are not enums (people), shown by the given text. */
    public <T> ChoiceBox<T> pick(String field, String labelKey, List<T> values, Function<T, String> text, T value) {
        return pickAs(field, messages.get(labelKey), values, text, value);
    }

    /** The same, with a label already worded (e.g. naming the person a score is for). */
    public <T> ChoiceBox<T> pickAs(String field, String labelText, List<T> values, Function<T, String> text,
                                   T value) {
        ChoiceBox<T> control = add(field, labelText, new ChoiceBox<>());
        control.getItems().setAll(values);
        control.setConverter(Messages.shown(text));
        control.setValue(value);
        touch(field, control.valueProperty());
        return control;
    }

    public DatePicker date(String field, String labelKey, java.time.LocalDate value) {
        DatePicker control = add(field, messages.get(labelKey), new DatePicker(value));
        control.setConverter(messages.dates());
        touch(field, control.valueProperty());
        return control;
    }

    public CheckBox check(String field, String labelKey, boolean value) {
        CheckBox control = new CheckBox(messages.get(labelKey));
        control.setSelected(value);
        control.setId(field);
        control.setWrapText(true);
        control.setAccessibleText(control.getText());
        Label problem = problemLabel(field);
        problemLabels.put(field, problem);
        fields.getChildren().addAll(control, problem);
        watched.add(control.selectedProperty());
        return control;
    }

    /** Several check boxes for a set of enum values, e.g. channels; returns a reader of the chosen set. */
    public <E extends Enum<E>> Supplier<Set<E>> checks(String field, String labelKey, String textPrefix,
                                                       Class<E> type, Set<E> chosen) {
        Map<String, String> names = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            names.put(value.name(), messages.of(textPrefix, value));
        }
        Supplier<Set<String>> picked = keys(field, labelKey, names,
                chosen.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        return () -> {
            Set<E> set = EnumSet.noneOf(type);
            picked.get().forEach(name -> set.add(Enum.valueOf(type, name)));
            return set;
        };
    }

    /** Check boxes for a set of things identified by key (people), shown by name. */
    public Supplier<Set<String>> keys(String field, String labelKey, Map<String, String> namesByKey,
                                      Set<String> chosen) {
        Label label = new Label(messages.get(labelKey));
        FlowPane boxes = new FlowPane(12, 6);
        Map<String, CheckBox> byKey = new LinkedHashMap<>();
        namesByKey.forEach((key, name) -> {
            CheckBox box = new CheckBox(name);
            box.setSelected(chosen.contains(key));
            box.setId(field + "-" + key);
            box.setAccessibleText(label.getText() + ": " + name);
            byKey.put(key, box);
            boxes.getChildren().add(box);
            watched.add(box.selectedProperty());
        });
        fields.getChildren().addAll(label, boxes);
        Label problem = problemLabel(field);
        problemLabels.put(field, problem);
        fields.getChildren().add(problem);
        return () -> {
            Set<String> set = new java.util.LinkedHashSet<>();
            byKey.forEach((key, box) -> {
                if (box.isSelected()) {
                    set.add(key);
                }
            });
            return set;
        };
    }

    /** Watches a field's value; once the worker changes it, a missing value is named ("Fill this in."). */
    private void touch(String field, javafx.beans.value.ObservableValue<?> value) {
        watched.add(value);
        value.addListener((o, a, b) -> touched.add(field));
    }

    /** Adds any node (e.g. a sub-list) with a heading. */
    public void node(String headingKey, Node node) {
        if (headingKey != null) {
            fields.getChildren().add(new Label(messages.get(headingKey)));
        }
        fields.getChildren().add(node);
    }

    /** A place for the problems of a field that is not a single control (e.g. a list of receivers). */
    public void problemSlot(String field) {
        Label problem = problemLabel(field);
        problemLabels.put(field, problem);
        fields.getChildren().add(problem);
    }

    /** The label under a field that shows its problem, hidden while there is none. */
    private static Label problemLabel(String field) {
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setId(field + "Problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    public void hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        fields.getChildren().add(hint);
    }

    /** A hint already worded (e.g. listing names). */
    public void note(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        fields.getChildren().add(hint);
    }

    /** A heading that starts a group of fields (e.g. one person's part). */
    public void heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("title-4");
        heading.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        fields.getChildren().add(heading);
    }

    /** Watches a further value for re-checking (e.g. a sub-list's items). */
    public void watch(Observable observable) {
        watched.add(observable);
    }

    /**
     * Shows the dialog. {@code problems} gives, for the values on screen, a message per field (field name to
     * message); a message under the key "" is shown at the bottom. Save stays disabled while there is any that is
     * not a to-do ({@link org.hearth.service.ProblemKind#toDoKeys()}).
     */
    public <T> Optional<T> show(Window owner, String titleKey, Supplier<T> result,
                                Supplier<Map<String, String>> problems) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setResizable(true);
        fields.getChildren().add(general);
        ScrollPane scroll = new ScrollPane(fields);
        FollowFocus.install(scroll);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setMinViewportHeight(320);
        scroll.setPrefViewportWidth(540);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType(messages.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        var current = Bindings.createObjectBinding(problems::get, watched.toArray(Observable[]::new));
        current.addListener((o, a, now) -> showProblems(now));
        showProblems(current.get());
        // a to-do (something the family has not agreed yet) is shown, but does not keep the item from the draft
        java.util.Set<String> toDos = new java.util.HashSet<>();
        org.hearth.service.ProblemKind.toDoKeys().forEach(key -> toDos.add(messages.get(key)));
        var blocked = Bindings.createBooleanBinding(() -> current.get().values().stream()
                .anyMatch(problem -> !toDos.contains(problem)), current);
        saveButton.disableProperty().bind(blocked);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (blocked.get()) {
                touched.addAll(problemLabels.keySet());
                showProblems(current.get());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? result.get() : null);
        if (first != null) {
            Platform.runLater(first::requestFocus);
        }
        return dialog.showAndWait();
    }

    private void showProblems(Map<String, String> problems) {
        String required = messages.get("problem.required");
        problemLabels.forEach((field, label) -> {
            String problem = problems.getOrDefault(field, "");
            label.setText(problem.equals(required) && !touched.contains(field) ? "" : problem);
        });
        List<String> others = problems.entrySet().stream().filter(e -> !problemLabels.containsKey(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
        general.setText(String.join("\n", others));
    }

}
