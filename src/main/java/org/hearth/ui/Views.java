package org.hearth.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with its controller and the interface texts. */
public final class Views {

    private Views() {
    }

    public static <P extends Parent> P load(Class<?> screen, String fxml, Object controller, Messages messages) {
        FXMLLoader loader = new FXMLLoader(screen.getResource(fxml), messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Screen " + fxml + " could not be loaded", e);
        }
    }
}
