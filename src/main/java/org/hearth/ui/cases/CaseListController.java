package org.hearth.ui.cases;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseService;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** The case list: search, filter, sort, and create, edit, open, close or reopen a case. */
public final class CaseListController {

    private final CaseListViewModel model;
    private final CaseService cases;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<String> worker;
    private final Consumer<CaseSummary> openCase;

    @FXML private TextField search;
    @FXML private ChoiceBox<CaseFilter> filter;
    @FXML private Button newCase;
    @FXML private Button editCase;
    @FXML private Button openCaseButton;
    @FXML private Button closeCase;
    @FXML private TableView<CaseSummary> table;
    @FXML private TableColumn<CaseSummary, String> referenceColumn;
    @FXML private TableColumn<CaseSummary, String> nameColumn;
    @FXML private TableColumn<CaseSummary, CaseStatus> statusColumn;
    @FXML private TableColumn<CaseSummary, String> workerColumn;
    @FXML private TableColumn<CaseSummary, java.time.LocalDate> createdColumn;
    @FXML private TableColumn<CaseSummary, java.time.LocalDate> reviewColumn;
    @FXML private Label emptyText;
    @FXML private Button emptyNewCase;
    @FXML private Label count;

    public CaseListController(CaseListViewModel model, CaseService cases, Background background, Messages messages,
                              DialogService dialogs, Supplier<String> worker, Consumer<CaseSummary> openCase) {
        this.model = model;
        this.cases = cases;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.worker = worker;
        this.openCase = openCase;
    }

    public Parent view() {
        Parent view = Views.load(CaseListController.class, "CaseListView.fxml", this, messages);
        model.reload();
        return view;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchProperty());
        filter.getItems().setAll(CaseFilter.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseFilter value) {
                return messages.of("caseFilter", value);
            }

            @Override
            public CaseFilter fromString(String text) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(model.filterProperty());

        referenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(column -> textCell(status -> messages.of("status", status)));
        workerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().responsibleWorker()));
        createdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().createdOn()));
        createdColumn.setCellFactory(column -> textCell(messages::date));
        reviewColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextReview()));
        reviewColumn.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        reviewColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                getStyleClass().remove("review-due");
                CaseSummary summary = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || summary == null) {
                    setText(null);
                } else if (model.reviewDue(summary)) {
                    setText(messages.format("caseList.reviewDue", messages.date(date)));
                    getStyleClass().add("review-due");
                } else {
                    setText(messages.date(date));
                }
            }
        });
        model.shown().comparatorProperty().bind(Bindings.createObjectBinding(
                () -> table.getComparator() == null ? CaseListViewModel.BY_NEXT_REVIEW : table.getComparator(),
                table.comparatorProperty()));
        table.setItems(model.shown());
        table.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openCase.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selected() != null) {
                openCase.accept(selected());
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                event.consume();
            }
        });

        var none = table.getSelectionModel().selectedItemProperty().isNull();
        editCase.disableProperty().bind(none);
        openCaseButton.disableProperty().bind(none);
        closeCase.disableProperty().bind(none);
        closeCase.textProperty().bind(Bindings.createStringBinding(() -> selected() != null
                && selected().status() == CaseStatus.CLOSED ? messages.get("caseList.reopen")
                : messages.get("caseList.close"), table.getSelectionModel().selectedItemProperty()));
        emptyText.textProperty().bind(Bindings.createStringBinding(() -> model.allCases().isEmpty()
                ? messages.get("caseList.empty") : messages.get("caseList.noMatch"), model.shown()));
        emptyNewCase.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.allCases().isEmpty(),
                model.shown()));
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("caseList.count", model.shown().size()), model.shown()));
        // the list's model outlives this screen (it keeps the search between visits): listen weakly, or every
        // case list ever shown would stay in memory
        model.failureProperty().addListener(new javafx.beans.value.WeakChangeListener<>(showFailure));
        javafx.application.Platform.runLater(search::requestFocus);
    }

    private final javafx.beans.value.ChangeListener<Throwable> showFailure = this::showFailure;

    private void showFailure(javafx.beans.value.ObservableValue<? extends Throwable> o, Throwable old,
                             Throwable problem) {
        if (problem != null) {
            dialogs.failed(problem);
            model.failureProperty().set(null);
        }
    }

    private <T> TableCell<CaseSummary, T> textCell(java.util.function.Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private CaseSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    @FXML
    public void newCase() {
        CaseFormViewModel form = new CaseFormViewModel(cases, background, messages, model.clock(), null, worker.get());
        new CaseFormDialog(form, messages).showAndWait(table.getScene().getWindow()).ifPresent(this::showSaved);
    }

    @FXML
    private void editCase() {
        CaseSummary summary = selected();
        if (summary != null) {
            CaseFormViewModel form = new CaseFormViewModel(cases, background, messages, model.clock(), summary,
                    worker.get());
            new CaseFormDialog(form, messages).showAndWait(table.getScene().getWindow()).ifPresent(this::showSaved);
        }
    }

    private void showSaved(CaseSummary saved) {
        model.put(saved);
        if (saved.status() == CaseStatus.OPEN && model.filterProperty().get() == CaseFilter.CLOSED) {
            model.filterProperty().set(CaseFilter.OPEN);
        }
        table.getSelectionModel().select(saved);
        table.scrollTo(saved);
    }

    @FXML
    private void openCase() {
        if (selected() != null) {
            openCase.accept(selected());
        }
    }

    @FXML
    private void closeOrReopen() {
        CaseSummary summary = selected();
        if (summary == null) {
            return;
        }
        if (summary.status() == CaseStatus.CLOSED) {
            model.reopen(summary, () -> { });
        } else if (dialogs.confirm(messages.get("caseList.closeTitle"),
                messages.format("caseList.closeQuestion", summary.reference()), messages.get("caseList.close"))) {
            model.close(summary, () -> { });
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
