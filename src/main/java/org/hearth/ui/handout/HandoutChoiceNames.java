package org.hearth.ui.handout;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.ui.Messages;

/** How the Handouts tab names its choices: each kind, and each language in its own name (marked when unreviewed). */
final class HandoutChoiceNames {

    private HandoutChoiceNames() {
    }

    static void kinds(ComboBox<HandoutKind> box, Messages messages) {
        box.setConverter(converter(k -> messages.get("handouts.kind." + k.name())));
    }

    /** A language box; the empty code, where offered, is "none". */
    static void languages(ComboBox<String> box, Messages messages) {
        box.setConverter(converter(code -> code.isEmpty() ? messages.get("handouts.none")
                : languageName(code, messages)));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : box.getConverter().toString(item));
            }
        });
    }

    private static String languageName(String code, Messages messages) {
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
}
