package org.hearth.ui.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.hearth.domain.CheckInOutcome;
import org.hearth.service.FollowUp;
import org.hearth.ui.Messages;
import org.hearth.ui.control.PersonColours;

/**
 * The safety scale over time, one line per household member in their own colour, with every logged contact
 * marked along the bottom (signals used in red), so a worker sees at a glance whether things are getting better.
 */
final class SafetyTimeline {

    /** The height at which contacts are marked, just above the bottom of the 0-10 scale. */
    static final double CONTACT_ROW = 0.4;

    private final Messages messages;
    private final LineChart<Number, Number> chart;

    SafetyTimeline(Messages messages) {
        this.messages = messages;
        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setAutoRanging(true);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return messages.date(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        NumberAxis scale = new NumberAxis(0, 10, 1);
        scale.setMinorTickVisible(false);
        scale.setLabel(messages.get("followUp.scale"));
        chart = new LineChart<>(days, scale);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.setTitle(messages.get("followUp.timeline"));
        chart.setAccessibleText(messages.get("followUp.timeline"));
        chart.getStyleClass().add("safety-timeline");
        chart.setMinHeight(240);
        chart.setPrefHeight(280);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    void show(List<FollowUp.Score> scores, List<FollowUp.Contact> contacts) {
        chart.getData().clear();
        Map<Long, XYChart.Series<Number, Number>> people = new LinkedHashMap<>();
        Map<Long, Integer> colours = new LinkedHashMap<>();
        for (FollowUp.Score score : scores) {
            people.computeIfAbsent(score.personId(), id -> {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(score.person());
                return series;
            }).getData().add(new XYChart.Data<>(score.on().toEpochDay(), score.score()));
            colours.put(score.personId(), score.colour());
        }
        XYChart.Series<Number, Number> contactMarks = new XYChart.Series<>();
        contactMarks.setName(messages.get("followUp.contacts"));
        XYChart.Series<Number, Number> signalMarks = new XYChart.Series<>();
        signalMarks.setName(messages.get("followUp.signals"));
        for (FollowUp.Contact contact : contacts) {
            LocalDateTime at = contact.at();
            double day = at.toLocalDate().toEpochDay() + at.toLocalTime().toSecondOfDay() / 86_400.0;
            (contact.outcome() == CheckInOutcome.SIGNAL_USED ? signalMarks : contactMarks).getData()
                    .add(new XYChart.Data<>(day, CONTACT_ROW));
        }
        chart.getData().addAll(people.values());
        chart.getData().add(contactMarks);
        chart.getData().add(signalMarks);
        Map<String, String> legend = new LinkedHashMap<>();
        people.forEach((id, series) -> legend.put(series.getName(), colour(series, PersonColours.of(colours.get(id)))));
        marks(contactMarks, "contact-mark");
        marks(signalMarks, "signal-mark");
        legend.put(contactMarks.getName(), "-fx-background-color: -color-accent-emphasis; -fx-background-radius: 2px;");
        legend.put(signalMarks.getName(), "-fx-background-color: -color-danger-emphasis; "
                + "-fx-background-radius: 0; -fx-shape: \"M5,0 L10,10 L0,10 Z\";");
        javafx.application.Platform.runLater(() -> chart.lookupAll(".chart-legend-item").forEach(node -> {
            if (node instanceof javafx.scene.control.Label item && item.getGraphic() != null
                    && legend.containsKey(item.getText())) {
                item.getGraphic().setStyle(legend.get(item.getText()));
            }
        }));
    }

    /** Draws the person's line in their own colour; returns the style of their legend symbol. */
    private static String colour(XYChart.Series<Number, Number> series, javafx.scene.paint.Color colour) {
        String web = String.format("#%02x%02x%02x", (int) (colour.getRed() * 255), (int) (colour.getGreen() * 255),
                (int) (colour.getBlue() * 255));
        series.getNode().setStyle("-fx-stroke: " + web + "; -fx-stroke-width: 3px;");
        String symbol = "-fx-background-color: " + web + ", white;";
        series.getData().forEach(d -> d.getNode().setStyle(symbol));
        return symbol;
    }

    private static void marks(XYChart.Series<Number, Number> series, String styleClass) {
        series.getNode().setStyle("-fx-stroke: transparent;");
        series.getData().forEach(d -> d.getNode().getStyleClass().add(styleClass));
    }
}
