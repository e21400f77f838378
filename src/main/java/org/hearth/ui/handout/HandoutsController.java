package org.hearth.ui.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hearth.domain.HandoutRecord;
import org.hearth.report.Handout;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.Organisation;
import org.hearth.service.Failures;
import org.hearth.service.HandoutService;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/**
 * The Handouts tab: choose the kind, for whom, the language (and a second one beside it) and the discreet variant;
 * the pages are previewed as they will print; print through the system dialog or save as PDF. Each print or save is
 * recorded in the case history (what, for whom, which handoutLanguage, when; never the content).
 */
public final class HandoutsController {

    private static final String NONE = "";

    private final HandoutService handouts;
    private final HandoutMaker maker;
    private final java.util.function.Supplier<Organisation> organisation;
    private final Background background;
    private final Messages messages;
    private final long caseId;
    private final Runnable recorded;
    private Function<String, Optional<Path>> askWhere;

    @FXML private ComboBox<HandoutKind> handoutKind;
    @FXML private Label handoutForLabel;
    @FXML private ComboBox<HandoutFactsOf.Recipient> handoutFor;
    @FXML private Label handoutNoOne;
    @FXML private Label handoutAudience;
    @FXML private ComboBox<String> handoutLanguage;
    @FXML private ComboBox<String> handoutSecondLanguage;
    @FXML private Label handoutNotReviewed;
    @FXML private CheckBox handoutDiscreet;
    @FXML private Label handoutVariant;
    @FXML private Label handoutLeftOut;
    @FXML private Button handoutPrint;
    @FXML private Button handoutSave;
    @FXML private Label handoutStatus;
    @FXML private Label handoutFailure;
    @FXML private Label handoutPages;
    @FXML private ProgressIndicator handoutBusy;
    @FXML private Label handoutZoom;
    @FXML private ScrollPane handoutPreview;
    @FXML private VBox handoutPageList;

    private HandoutService.Source source;
    private byte[] mapPicture;
    private Handout current;
    private HandoutRequest currentRequest;
    private int asked;
    private HandoutPreview preview;
    private boolean filling;

    public HandoutsController(HandoutService handouts, HandoutMaker maker,
                              java.util.function.Supplier<Organisation> organisation, Background background,
                              Messages messages, long caseId, Runnable recorded) {
        this.handouts = handouts;
        this.maker = maker;
        this.organisation = organisation;
        this.background = background;
        this.messages = messages;
        this.caseId = caseId;
        this.recorded = recorded;
    }

    public Parent view() {
        Parent root = Views.load(HandoutsController.class, "HandoutsView.fxml", this, messages);
        root.getProperties().put(HandoutsController.class, this);
        return root;
    }

    /** Where "Save as PDF…" writes; by default the worker chooses in the system's file dialog. For tests. */
    public void setAskWhere(Function<String, Optional<Path>> askWhere) {
        this.askWhere = askWhere;
    }

    @FXML
    private void initialize() {
        askWhere = this::chooseFile;
        handoutKind.getItems().setAll(HandoutKind.values());
        HandoutChoiceNames.kinds(handoutKind, messages);
        handoutLanguage.getItems().setAll(HandoutLanguages.ALL);
        handoutSecondLanguage.getItems().add(NONE);
        handoutSecondLanguage.getItems().addAll(HandoutLanguages.ALL);
        HandoutChoiceNames.languages(handoutLanguage, messages);
        HandoutChoiceNames.languages(handoutSecondLanguage, messages);
        for (Label label : List.of(handoutNoOne, handoutAudience, handoutNotReviewed, handoutLeftOut, handoutStatus,
                handoutFailure)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        handoutFor.managedProperty().bind(handoutFor.visibleProperty());
        handoutForLabel.visibleProperty().bind(handoutFor.visibleProperty());
        handoutForLabel.managedProperty().bind(handoutFor.visibleProperty());
        handoutBusy.setVisible(false);
        handoutPrint.setDisable(true);
        handoutSave.setDisable(true);
        handoutKind.valueProperty().addListener((o, old, chosen) -> kindChosen());
        handoutFor.valueProperty().addListener((o, old, chosen) -> {
            if (!filling) {
                filling = true;
                useDefaultLanguage();
                filling = false;
            }
            refresh();
        });
        handoutLanguage.valueProperty().addListener((o, old, chosen) -> refresh());
        handoutSecondLanguage.valueProperty().addListener((o, old, chosen) -> refresh());
        handoutDiscreet.selectedProperty().addListener((o, old, chosen) -> refresh());
        preview = new HandoutPreview(handoutPageList, handoutZoom, messages);
        load();
    }

    /** Reads the case in the background; the map picture is drawn here, on the JavaFX thread, then encoded. */
    private void load() {
        handoutBusy.setVisible(true);
        background.run(() -> handouts.load(caseId), loaded -> {
            BufferedImage picture = org.hearth.ui.network.NetworkController.pictureOf(loaded.plan(), messages);
            background.run(() -> org.hearth.report.Pictures.png(picture), png -> {
                source = loaded;
                mapPicture = png;
                filling = true;
                handoutLanguage.setValue(HandoutLanguages.supportedOr(loaded.workspace().summary().language(),
                        HandoutLanguages.ENGLISH));
                handoutSecondLanguage.setValue(NONE);
                handoutKind.setValue(HandoutKind.SAFETY_PLAN);
                filling = false;
                kindChosen();
            }, this::failed);
        }, this::failed);
    }

    private void kindChosen() {
        if (source == null || handoutKind.getValue() == null) {
            return;
        }
        HandoutKind chosen = handoutKind.getValue();
        List<HandoutFactsOf.Recipient> people = HandoutFactsOf.recipients(chosen, source);
        boolean was = filling;
        filling = true;
        handoutFor.getItems().setAll(people);
        handoutFor.setVisible(chosen.perPerson());
        handoutFor.setValue(people.isEmpty() ? null : people.get(0));
        useDefaultLanguage();
        handoutNoOne.setText(chosen.perPerson() && people.isEmpty()
                ? messages.get("handouts.noRecipient." + chosen.name()) : "");
        filling = was;
        refresh();
    }

    /** A member's card is made in the member's first language by default; every other handout in the family's. */
    private void useDefaultLanguage() {
        HandoutKind chosen = handoutKind.getValue();
        handoutLanguage.setValue(HandoutFactsOf.defaultLanguage(source, chosen,
                chosen.perPerson() && handoutFor.getValue() != null ? handoutFor.getValue().key() : null));
    }

    /** The request as chosen on screen, or none while it is incomplete. */
    private Optional<HandoutRequest> request() {
        HandoutKind chosen = handoutKind.getValue();
        if (source == null || chosen == null || handoutLanguage.getValue() == null
                || chosen.perPerson() && handoutFor.getValue() == null) {
            return Optional.empty();
        }
        String second = handoutSecondLanguage.getValue() == null || handoutSecondLanguage.getValue().isEmpty() ? null
                : handoutSecondLanguage.getValue();
        return Optional.of(new HandoutRequest(chosen, chosen.perPerson() ? handoutFor.getValue().key() : null,
                handoutLanguage.getValue(), second, handoutDiscreet.isSelected()));
    }

    /** Lays out the handout as chosen, in the background; the latest choice wins. */
    private void refresh() {
        if (filling) {
            return;
        }
        handoutFailure.setText("");
        handoutStatus.setText("");
        Optional<HandoutRequest> wanted = request();
        List<String> unchecked = wanted.map(r -> java.util.stream.Stream.of(r.language(), r.secondLanguage())
                .filter(c -> c != null && !HandoutLanguages.reviewed(c)).map(HandoutLanguages::nativeName).toList())
                .orElse(List.of());
        handoutNotReviewed.setText(unchecked.isEmpty() ? "" : messages.format("handouts.reviewedWarning",
                String.join(", ", unchecked)));
        if (wanted.isEmpty()) {
            current = null;
            currentRequest = null;
            preview.clear();
            handoutPages.setText("");
            handoutVariant.setText("");
            handoutLeftOut.setText("");
            handoutAudience.setText("");
            handoutPrint.setDisable(true);
            handoutSave.setDisable(true);
            return;
        }
        HandoutRequest request = wanted.get();
        int ticket = ++asked;
        handoutBusy.setVisible(true);
        handoutPrint.setDisable(true);
        handoutSave.setDisable(true);
        Organisation footer = organisation.get();
        HandoutService.Source from = source;
        byte[] picture = mapPicture;
        var copy = HandoutFactsOf.copy(from, request.kind(), request.forKey());
        handoutAudience.setText(HandoutAudience.of(copy, messages));
        background.run(() -> {
            handouts.refuseWhileOpenToDos(caseId, request.kind().code(), request.forKey());
            HandoutFacts facts = HandoutFactsOf.of(from, picture, request.kind(), request.forKey());
            Handout handout = maker.make(facts, request, footer);
            return new Made(handout, handout.pages(HandoutPreview.SCALE));
        }, made -> {
            if (ticket != asked) {
                return;
            }
            handoutBusy.setVisible(false);
            current = made.handout();
            currentRequest = request;
            preview.show(made.pages());
            String title = maker.titleOf(request);
            handoutVariant.setText(messages.format(request.discreet() ? "handouts.variant.discreet"
                    : footer == null || footer.isEmpty() ? "handouts.variant.plainNoOrganisation"
                    : "handouts.variant.plain", title));
            handoutVariant.getStyleClass().remove("discreet");
            if (request.discreet()) {
                handoutVariant.getStyleClass().add("discreet");
            }
            handoutLeftOut.setText(made.handout().leftOut() == 0 ? "" : messages.format("handouts.leftOut",
                    made.handout().leftOut()));
            handoutPages.setText(messages.format("handouts.pages", made.handout().pageCount()));
            handoutPrint.setDisable(false);
            handoutSave.setDisable(false);
        }, problem -> {
            if (ticket == asked) {
                handoutBusy.setVisible(false);
                failed(problem);
            }
        });
    }

    private record Made(Handout handout, List<BufferedImage> pages) {
    }

    @FXML
    private void zoomIn() {
        preview.zoomIn();
    }

    @FXML
    private void zoomOut() {
        preview.zoomOut();
    }

    /** The zoom of the preview (1 is the paper's real size on a 96-dpi screen). */
    public double zoom() {
        return preview.zoom();
    }

    /** The pages now shown. For tests. */
    public int shownPages() {
        return preview.shown();
    }

    /** Saves as PDF where the worker chooses; the default file name names no one. */
    @FXML
    private void save() {
        if (current == null) {
            return;
        }
        String suggested = messages.get(currentRequest.discreet() ? "handouts.fileName.discreet"
                : "handouts.fileName." + currentRequest.kind().name()) + ".pdf";
        askWhere.apply(suggested).ifPresent(this::saveTo);
    }

    private Optional<Path> chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("handouts.save"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(handoutSave.getScene().getWindow());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }

    /** Writes the handout as shown to this file (off the JavaFX thread) and records it. */
    public void saveTo(Path target) {
        Handout handout = current;
        HandoutRequest request = currentRequest;
        if (handout == null) {
            return;
        }
        String forWhom = forWhom(request);
        handoutBusy.setVisible(true);
        background.run(() -> {
            handout.writePdf(target);
            handouts.record(caseId, request.kind().code(), forWhom, request.language(), request.secondLanguage(),
                    request.discreet(), HandoutRecord.Action.SAVED_PDF);
            return target;
        }, written -> {
            handoutBusy.setVisible(false);
            handoutStatus.setText(messages.get("handouts.saved"));
            recorded.run();
        }, problem -> {
            handoutBusy.setVisible(false);
            failed(problem);
        });
    }

    private String forWhom(HandoutRequest request) {
        return request.forKey() == null ? null : handoutFor.getItems().stream()
                .filter(r -> r.key().equals(request.forKey())).map(HandoutFactsOf.Recipient::name).findFirst()
                .orElse(null);
    }

    /** Prints through the system's handoutPrint dialog, on a thread of its own (the dialog waits for the worker). */
    @FXML
    private void print() {
        Handout handout = current;
        HandoutRequest request = currentRequest;
        if (handout == null) {
            return;
        }
        String forWhom = forWhom(request);
        handoutStatus.setText("");
        Thread printing = new Thread(() -> {
            try {
                if (handout.print()) {
                    handouts.record(caseId, request.kind().code(), forWhom, request.language(),
                            request.secondLanguage(), request.discreet(), HandoutRecord.Action.PRINTED);
                    Platform.runLater(() -> {
                        handoutStatus.setText(messages.get("handouts.printed"));
                        recorded.run();
                    });
                }
            } catch (Handout.NoPrinterException e) {
                Platform.runLater(() -> handoutFailure.setText(messages.get("handouts.noPrinter")));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(e));
            }
        }, "hearth-handoutPrint");
        printing.setDaemon(true);
        printing.start();
    }

    private void failed(Throwable problem) {
        handoutBusy.setVisible(false);
        String refused = HandoutRefusal.of(problem, messages);
        handoutFailure.setText(refused != null ? refused : messages.get(Failures.messageKey(problem)));
    }
}
