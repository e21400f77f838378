package org.hearth.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window: what launching any JavaFX application costs on this machine, Hearth's yardstick.
 * Like Hearth's own launcher, the main class does not extend {@link Application} (a classpath launch needs that).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 400, 300));
            stage.show();
            Platform.runLater(() -> System.out.printf("first frame after %d ms%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }
}
