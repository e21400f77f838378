package org.hearth.ui.handout;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.hearth.ui.Messages;

/** The pages of the chosen handout as they will print, at the worker's zoom (1 is the paper's real size). */
final class HandoutPreview {

    /** The scale the pages are drawn at, so that they stay sharp when zoomed in. */
    static final float SCALE = 1.5f;

    private final VBox pages;
    private final Label zoomLabel;
    private final Messages messages;
    private double zoom = 0.6;

    HandoutPreview(VBox pages, Label zoomLabel, Messages messages) {
        this.pages = pages;
        this.zoomLabel = zoomLabel;
        this.messages = messages;
        showZoom();
    }

    void show(List<BufferedImage> images) {
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
        pages.getChildren().setAll(views);
        applyZoom();
    }

    void clear() {
        pages.getChildren().clear();
    }

    void zoomIn() {
        zoom = Math.min(2.0, zoom * 1.25);
        applyZoom();
    }

    void zoomOut() {
        zoom = Math.max(0.25, zoom / 1.25);
        applyZoom();
    }

    double zoom() {
        return zoom;
    }

    int shown() {
        return pages.getChildren().size();
    }

    private void applyZoom() {
        for (var node : pages.getChildren()) {
            if (node instanceof ImageView view && view.getImage() != null) {
                view.setFitWidth(view.getImage().getWidth() / SCALE * zoom * 96 / 72);
            }
        }
        showZoom();
    }

    private void showZoom() {
        zoomLabel.setText(messages.format("handouts.zoom", Math.round(zoom * 100)));
    }
}
