package org.hearth.ui.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
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
 * recorded in the case history (what, for whom, which language, when; never the content).
 */
public final class HandoutsController {

    private static final float PREVIEW_SCALE = 1.5f;
    private static final String NONE = "";

    private final HandoutService handouts;
    private final HandoutMaker maker;
    private final java.util.function.Supplier<Organisation> organisation;
    private final Background background;
    private final Messages messages;
    private final long caseId;
    private final Runnable recorded;
    private Function<String, Optional<Path>> askWhere;

    @FXML private ComboBox<HandoutKind> kind;
    @FXML private Label recipientLabel;
    @FXML private ComboBox<HandoutFactsOf.Recipient> recipient;
    @FXML private Label noRecipient;
    @FXML private ComboBox<String> language;
    @FXML private ComboBox<String> secondLanguage;
    @FXML private Label notReviewed;
    @FXML private CheckBox discreet;
    @FXML private Label variant;
    @FXML private Label leftOut;
    @FXML private Button print;
    @FXML private Button save;
    @FXML private Label status;
    @FXML private Label failure;
    @FXML private Label pages;
    @FXML private ProgressIndicator busy;
    @FXML private Label zoomLevel;
    @FXML private ScrollPane preview;
    @FXML private VBox pageList;

    private HandoutFacts facts;
    private Handout current;
    private HandoutRequest currentRequest;
    private int asked;
    private double zoom = 0.6;
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
        kind.getItems().setAll(HandoutKind.values());
        kind.setConverter(converter(k -> messages.get("handouts.kind." + k.name())));
        language.getItems().setAll(HandoutLanguages.ALL);
        language.setConverter(converter(this::languageName));
        secondLanguage.getItems().add(NONE);
        secondLanguage.getItems().addAll(HandoutLanguages.ALL);
        secondLanguage.setConverter(converter(code -> code.isEmpty() ? messages.get("handouts.none")
                : languageName(code)));
        for (ComboBox<String> box : List.of(language, secondLanguage)) {
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : box.getConverter().toString(item));
                }
            });
        }
        for (Label label : List.of(noRecipient, notReviewed, leftOut, status, failure)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        recipient.managedProperty().bind(recipient.visibleProperty());
        recipientLabel.visibleProperty().bind(recipient.visibleProperty());
        recipientLabel.managedProperty().bind(recipient.visibleProperty());
        busy.setVisible(false);
        print.setDisable(true);
        save.setDisable(true);
        kind.valueProperty().addListener((o, old, chosen) -> kindChosen());
        recipient.valueProperty().addListener((o, old, chosen) -> refresh());
        language.valueProperty().addListener((o, old, chosen) -> refresh());
        secondLanguage.valueProperty().addListener((o, old, chosen) -> refresh());
        discreet.selectedProperty().addListener((o, old, chosen) -> refresh());
        showZoom();
        load();
    }

    private String languageName(String code) {
        String name = HandoutLanguages.nativeName(code);
        return HandoutLanguages.reviewed(code) ? name : messages.format("handouts.notReviewed", name);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Reads the case in the background; the map picture is drawn here, on the JavaFX thread, then encoded. */
    private void load() {
        busy.setVisible(true);
        background.run(() -> handouts.load(caseId), source -> {
            BufferedImage picture = org.hearth.ui.network.NetworkController.pictureOf(source.plan(), messages);
            background.run(() -> HandoutFactsOf.of(source, png(picture)), made -> {
                facts = made;
                filling = true;
                language.setValue(HandoutLanguages.supportedOr(made.familyLanguage(), HandoutLanguages.ENGLISH));
                secondLanguage.setValue(NONE);
                kind.setValue(HandoutKind.SAFETY_PLAN);
                filling = false;
                kindChosen();
            }, this::failed);
        }, this::failed);
    }

    private static byte[] png(BufferedImage image) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void kindChosen() {
        if (facts == null || kind.getValue() == null) {
            return;
        }
        HandoutKind chosen = kind.getValue();
        List<HandoutFactsOf.Recipient> people = HandoutFactsOf.recipients(chosen, facts);
        boolean was = filling;
        filling = true;
        recipient.getItems().setAll(people);
        recipient.setVisible(chosen.perPerson());
        recipient.setValue(people.isEmpty() ? null : people.get(0));
        noRecipient.setText(chosen.perPerson() && people.isEmpty()
                ? messages.get("handouts.noRecipient." + chosen.name()) : "");
        filling = was;
        refresh();
    }

    /** The request as chosen on screen, or none while it is incomplete. */
    private Optional<HandoutRequest> request() {
        HandoutKind chosen = kind.getValue();
        if (facts == null || chosen == null || language.getValue() == null
                || chosen.perPerson() && recipient.getValue() == null) {
            return Optional.empty();
        }
        String second = secondLanguage.getValue() == null || secondLanguage.getValue().isEmpty() ? null
                : secondLanguage.getValue();
        return Optional.of(new HandoutRequest(chosen, chosen.perPerson() ? recipient.getValue().key() : null,
                language.getValue(), second, discreet.isSelected()));
    }

    /** Lays out the handout as chosen, in the background; the latest choice wins. */
    private void refresh() {
        if (filling) {
            return;
        }
        failure.setText("");
        status.setText("");
        Optional<HandoutRequest> wanted = request();
        List<String> unchecked = wanted.map(r -> java.util.stream.Stream.of(r.language(), r.secondLanguage())
                .filter(c -> c != null && !HandoutLanguages.reviewed(c)).map(HandoutLanguages::nativeName).toList())
                .orElse(List.of());
        notReviewed.setText(unchecked.isEmpty() ? "" : messages.format("handouts.reviewedWarning",
                String.join(", ", unchecked)));
        if (wanted.isEmpty()) {
            current = null;
            currentRequest = null;
            pageList.getChildren().clear();
            pages.setText("");
            variant.setText("");
            leftOut.setText("");
            print.setDisable(true);
            save.setDisable(true);
            return;
        }
        HandoutRequest request = wanted.get();
        int ticket = ++asked;
        busy.setVisible(true);
        print.setDisable(true);
        save.setDisable(true);
        Organisation footer = organisation.get();
        HandoutFacts shown = facts;
        background.run(() -> {
            Handout handout = maker.make(shown, request, footer);
            return new Made(handout, handout.pages(PREVIEW_SCALE));
        }, made -> {
            if (ticket != asked) {
                return;
            }
            busy.setVisible(false);
            current = made.handout();
            currentRequest = request;
            showPages(made.pages());
            String title = maker.titleOf(request);
            variant.setText(messages.format(request.discreet() ? "handouts.variant.discreet"
                    : "handouts.variant.plain", title));
            variant.getStyleClass().remove("discreet");
            if (request.discreet()) {
                variant.getStyleClass().add("discreet");
            }
            leftOut.setText(made.handout().leftOut() == 0 ? "" : messages.format("handouts.leftOut",
                    made.handout().leftOut()));
            pages.setText(messages.format("handouts.pages", made.handout().pageCount()));
            print.setDisable(false);
            save.setDisable(false);
        }, problem -> {
            if (ticket == asked) {
                busy.setVisible(false);
                failed(problem);
            }
        });
    }

    private record Made(Handout handout, List<BufferedImage> pages) {
    }

    private void showPages(List<BufferedImage> images) {
        List<ImageView> views = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(images.get(i), null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
            view.setAccessibleText(messages.format("handouts.page", i + 1, images.size()));
            view.getStyleClass().add("handout-page");
            views.add(view);
        }
        pageList.getChildren().setAll(views);
        applyZoom();
    }

    private void applyZoom() {
        for (var node : pageList.getChildren()) {
            if (node instanceof ImageView view && view.getImage() != null) {
                view.setFitWidth(view.getImage().getWidth() / PREVIEW_SCALE * zoom * 96 / 72);
            }
        }
        showZoom();
    }

    private void showZoom() {
        zoomLevel.setText(messages.format("handouts.zoom", Math.round(zoom * 100)));
    }

    @FXML
    private void zoomIn() {
        zoom = Math.min(2.0, zoom * 1.25);
        applyZoom();
    }

    @FXML
    private void zoomOut() {
        zoom = Math.max(0.25, zoom / 1.25);
        applyZoom();
    }

    /** The zoom of the preview (1 is the paper's real size on a 96-dpi screen). */
    public double zoom() {
        return zoom;
    }

    /** The pages now shown. For tests. */
    public int shownPages() {
        return pageList.getChildren().size();
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
        java.io.File file = chooser.showSaveDialog(save.getScene().getWindow());
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
        busy.setVisible(true);
        background.run(() -> {
            handout.writePdf(target);
            handouts.record(caseId, request.kind().code(), forWhom, request.language(), request.secondLanguage(),
                    request.discreet(), HandoutRecord.Action.SAVED_PDF);
            return target;
        }, written -> {
            busy.setVisible(false);
            status.setText(messages.get("handouts.saved"));
            recorded.run();
        }, problem -> {
            busy.setVisible(false);
            failed(problem);
        });
    }

    private String forWhom(HandoutRequest request) {
        return request.forKey() == null ? null : recipient.getItems().stream()
                .filter(r -> r.key().equals(request.forKey())).map(HandoutFactsOf.Recipient::name).findFirst()
                .orElse(null);
    }

    /** Prints through the system's print dialog, on a thread of its own (the dialog waits for the worker). */
    @FXML
    private void print() {
        Handout handout = current;
        HandoutRequest request = currentRequest;
        if (handout == null) {
            return;
        }
        String forWhom = forWhom(request);
        status.setText("");
        Thread printing = new Thread(() -> {
            try {
                if (handout.print()) {
                    handouts.record(caseId, request.kind().code(), forWhom, request.language(),
                            request.secondLanguage(), request.discreet(), HandoutRecord.Action.PRINTED);
                    Platform.runLater(() -> {
                        status.setText(messages.get("handouts.printed"));
                        recorded.run();
                    });
                }
            } catch (Handout.NoPrinterException e) {
                Platform.runLater(() -> failure.setText(messages.get("handouts.noPrinter")));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(e));
            }
        }, "hearth-print");
        printing.setDaemon(true);
        printing.start();
    }

    private void failed(Throwable problem) {
        busy.setVisible(false);
        failure.setText(messages.get(Failures.messageKey(problem)));
    }
}
