package org.hearth.app;

import javafx.application.Application;

/**
 * Starts Hearth: without arguments the desktop application, with a command the command line (which never loads
 * JavaFX). This class must not extend {@link Application}, or a plain classpath launch says the JavaFX runtime is
 * missing.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(HearthApp.class, args);
            return;
        }
        System.exit(HearthCommand.line().execute(args));
    }
}
