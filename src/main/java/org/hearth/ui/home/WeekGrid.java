package org.hearth.ui.home;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The week as a grid of days and hours, with each private time as a block in its person's colour. With the
 * mouse a new time is drawn by dragging down an empty column, a block is moved by dragging it, and made longer
 * or shorter by dragging its lower edge; with the keyboard the chosen block moves with the arrow keys (a day left
 * or right, a quarter of an hour up or down) and Shift with up or down changes its end. A time past midnight
 * shows in two parts. Blocks in conflict have a red, dashed edge.
 */
public final class WeekGrid extends Region {

    /** One agreement to show. */
    public record Block(int index, String label, String description, Color colour, Set<DayOfWeek> days, LocalTime start, LocalTime end,
                        boolean conflict) {
    }

    /** What the worker did in the grid. */
    public interface Listener {
        void draw(DayOfWeek day, LocalTime start, LocalTime end);

        void move(int index, int dayDelta, int minuteDelta);

        void resize(int index, int minuteDelta);

        void select(int index);

        void open(int index);

        void remove(int index);
    }

    static final double GUTTER = 52;
    static final double HEADER = 28;
    static final double HOUR = 22;
    static final int SNAP = 15;
    private static final int DAY = 24 * 60;
    private static final double EDGE = 6;

    private enum Mode { NONE, DRAW, MOVE, RESIZE }

    /** One part of a block in one day column. */
    private record Piece(Block block, int day, int from, int to, boolean last) {
    }

    private final List<Label> dayLabels = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final List<Region> lines = new ArrayList<>();
    private final List<StackPane> pieceNodes = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private final Region ghost = new Region();
    private List<Block> blocks = List.of();
    private Listener listener;
    private int selected = -1;

    private Mode mode = Mode.NONE;
    private Piece grabbed;
    private int anchorDay;
    private int anchorMinute;
    private double pressX;
    private double pressY;

    /** A grid whose columns are headed by the given short day names. */
    public WeekGrid(java.util.function.Function<DayOfWeek, String> dayNames) {
        getStyleClass().add("week-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        for (DayOfWeek day : DayOfWeek.values()) {
            Label label = new Label(dayNames.apply(day));
            label.getStyleClass().add("week-grid-day");
            label.setId("day-" + day);
            dayLabels.add(label);
        }
        for (int hour = 0; hour <= 24; hour++) {
            Region line = new Region();
            line.getStyleClass().add(hour % 6 == 0 ? "week-grid-line-strong" : "week-grid-line");
            line.setMouseTransparent(true);
            lines.add(line);
            if (hour < 24 && hour % 2 == 0) {
                Label label = new Label(String.format("%02d:00", hour));
                label.getStyleClass().add("week-grid-hour");
                hourLabels.add(label);
            }
        }
        for (int day = 0; day <= 7; day++) {
            Region line = new Region();
            line.getStyleClass().add("week-grid-line-strong");
            line.setMouseTransparent(true);
            lines.add(line);
        }
        ghost.getStyleClass().add("week-grid-ghost");
        ghost.setVisible(false);
        ghost.setMouseTransparent(true);
        getChildren().addAll(lines);
        getChildren().addAll(dayLabels);
        getChildren().addAll(hourLabels);
        getChildren().add(ghost);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public void setBlocks(List<Block> blocks, int selected) {
        this.blocks = List.copyOf(blocks);
        this.selected = selected;
        getChildren().removeAll(pieceNodes);
        pieceNodes.clear();
        pieces.clear();
        for (Block block : this.blocks) {
            int from = minutes(block.start());
            int to = minutes(block.end());
            if (from == to) {
                continue;
            }
            for (DayOfWeek day : new TreeSet<>(block.days())) {
                int d = day.getValue() - 1;
                if (to > from) {
                    pieces.add(new Piece(block, d, from, to, true));
                } else {
                    pieces.add(new Piece(block, d, from, DAY, false));
                    pieces.add(new Piece(block, (d + 1) % 7, 0, to, true));
                }
            }
        }
        for (Piece piece : pieces) {
            Label text = new Label(piece.block().label());
            text.getStyleClass().add("week-grid-block-text");
            text.setWrapText(true);
            text.setMinSize(0, 0);
            StackPane node = new StackPane(text);
            node.setMinSize(0, 0);
            javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(piece.block().description()));
            node.getStyleClass().add("week-grid-block");
            if (piece.block().conflict()) {
                node.getStyleClass().add("week-grid-conflict");
            }
            if (piece.block().index() == selected) {
                node.getStyleClass().add("week-grid-selected");
            }
            node.setId("slot-" + piece.block().index() + "-" + DayOfWeek.of(piece.day() + 1));
            node.setUserData(piece);
            Color c = piece.block().colour();
            boolean chosen = piece.block().index() == selected;
            String edge = piece.block().conflict()
                    ? "-fx-border-color: -color-danger-emphasis; -fx-border-width: " + (chosen ? 3 : 2)
                    + "; -fx-border-style: segments(4, 3);"
                    : chosen ? "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2 2 2 5;"
                    : "-fx-border-color: " + rgba(c, 1.0) + "; -fx-border-width: 0 0 0 4;";
            node.setStyle("-fx-background-color: " + rgba(c, chosen ? 0.42 : 0.28) + "; " + edge);
            pieceNodes.add(node);
        }
        getChildren().addAll(getChildren().indexOf(ghost), pieceNodes);
        requestLayout();
    }

    private static String rgba(Color c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), alpha);
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private double columnWidth() {
        return Math.max(40, (getWidth() - GUTTER - snappedRightInset()) / 7);
    }

    private double yOf(int minute) {
        return HEADER + minute / 60.0 * HOUR;
    }

    private double xOf(int day) {
        return GUTTER + day * columnWidth();
    }

    /** The point in this grid of a day and a time, e.g. for a pointer to go to. */
    public Point2D pointAt(DayOfWeek day, LocalTime time) {
        return new Point2D(xOf(day.getValue() - 1) + columnWidth() / 2, yOf(minutes(time)) + 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return GUTTER + 7 * 118;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER + 24 * HOUR + 2;
    }

    @Override
    protected double computeMinWidth(double height) {
        return GUTTER + 7 * 60;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double column = columnWidth();
        for (int d = 0; d < 7; d++) {
            Label label = dayLabels.get(d);
            label.resizeRelocate(xOf(d), 4, column, HEADER - 6);
        }
        for (int i = 0; i < hourLabels.size(); i++) {
            hourLabels.get(i).resizeRelocate(0, yOf(i * 2 * 60) - 1, GUTTER - 8, HOUR);
        }
        for (int hour = 0; hour <= 24; hour++) {
            lines.get(hour).resizeRelocate(GUTTER, yOf(hour * 60), 7 * column, 1);
        }
        for (int day = 0; day <= 7; day++) {
            lines.get(25 + day).resizeRelocate(xOf(day), HEADER, 1, 24 * HOUR);
        }
        // side by side where times in one day overlap
        for (int d = 0; d < 7; d++) {
            List<Piece> inDay = new ArrayList<>();
            for (Piece piece : pieces) {
                if (piece.day() == d) {
                    inDay.add(piece);
                }
            }
            inDay.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
                    : Integer.compare(a.block().index(), b.block().index()));
            int[] lanes = new int[inDay.size()];
            int[] laneCounts = new int[inDay.size()];
            int clusterStart = 0;
            int clusterEnd = -1;
            List<Integer> laneEnds = new ArrayList<>();
            for (int i = 0; i <= inDay.size(); i++) {
                if (i == inDay.size() || inDay.get(i).from() >= clusterEnd) {
                    // a cluster of pieces that overlap one another ends: they share its width
                    for (int j = clusterStart; j < i; j++) {
                        laneCounts[j] = Math.max(1, laneEnds.size());
                    }
                    if (i == inDay.size()) {
                        break;
                    }
                    clusterStart = i;
                    laneEnds.clear();
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > inDay.get(i).from()) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(inDay.get(i).to());
                } else {
                    laneEnds.set(lane, inDay.get(i).to());
                }
                lanes[i] = lane;
                clusterEnd = Math.max(clusterEnd, inDay.get(i).to());
            }
            for (int i = 0; i < inDay.size(); i++) {
                Piece piece = inDay.get(i);
                double width = (column - 4) / laneCounts[i];
                StackPane node = pieceNodes.get(pieces.indexOf(piece));
                double top = yOf(piece.from()) + 1;
                double height = Math.max(6, yOf(piece.to()) - top - 1);
                node.resizeRelocate(xOf(d) + 2 + lanes[i] * width, top, width - 2, height);
                // too short a piece for a line of text shows its colour only
                node.getChildren().get(0).setVisible(height >= 15);
            }
        }
    }

    private int dayAt(double x) {
        return Math.max(0, Math.min(6, (int) Math.floor((x - GUTTER) / columnWidth())));
    }

    private int minuteAt(double y) {
        int minute = (int) Math.round((y - HEADER) / HOUR * 60 / SNAP) * SNAP;
        return Math.max(0, Math.min(DAY, minute));
    }

    private Piece pieceAt(MouseEvent event) {
        for (javafx.scene.Node node = event.getPickResult().getIntersectedNode(); node != null && node != this;
             node = node.getParent()) {
            if (node.getUserData() instanceof Piece piece) {
                return piece;
            }
        }
        return null;
    }

    private boolean nearLowerEdge(Piece piece, double y) {
        return piece.last() && Math.abs(y - yOf(piece.to())) <= EDGE;
    }

    private void hover(MouseEvent event) {
        Piece piece = pieceAt(event);
        setCursor(piece == null ? Cursor.CROSSHAIR : nearLowerEdge(piece, event.getY()) ? Cursor.S_RESIZE
                : Cursor.MOVE);
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (event.getButton() != MouseButton.PRIMARY || event.getX() < GUTTER || event.getY() < HEADER) {
            mode = Mode.NONE;
            return;
        }
        pressX = event.getX();
        pressY = event.getY();
        grabbed = pieceAt(event);
        if (grabbed != null) {
            if (listener != null) {
                listener.select(grabbed.block().index());
            }
            if (event.getClickCount() == 2) {
                mode = Mode.NONE;
                if (listener != null) {
                    listener.open(grabbed.block().index());
                }
                return;
            }
            mode = nearLowerEdge(grabbed, event.getY()) ? Mode.RESIZE : Mode.MOVE;
        } else {
            mode = Mode.DRAW;
            anchorDay = dayAt(event.getX());
            anchorMinute = Math.min(DAY - SNAP, (int) Math.floor((event.getY() - HEADER) / HOUR * 60 / SNAP) * SNAP);
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        double column = columnWidth();
        switch (mode) {
            case DRAW -> {
                int to = Math.max(anchorMinute + SNAP, minuteAt(event.getY()));
                showGhost(xOf(anchorDay) + 2, yOf(anchorMinute), column - 4, yOf(to) - yOf(anchorMinute));
            }
            case MOVE -> {
                int dayDelta = dayAt(event.getX()) - dayAt(pressX);
                int minuteDelta = minuteDelta(event.getY());
                int day = Math.floorMod(grabbed.day() + dayDelta, 7);
                int from = Math.max(0, Math.min(DAY, grabbed.from() + minuteDelta));
                int to = Math.max(from + SNAP, Math.min(DAY, grabbed.to() + minuteDelta));
                showGhost(xOf(day) + 2, yOf(from), column - 4, yOf(to) - yOf(from));
            }
            case RESIZE -> {
                int to = Math.max(grabbed.from() + SNAP, Math.min(DAY, grabbed.to() + minuteDelta(event.getY())));
                showGhost(xOf(grabbed.day()) + 2, yOf(grabbed.from()), column - 4, yOf(to) - yOf(grabbed.from()));
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private int minuteDelta(double y) {
        return (int) Math.round((y - pressY) / HOUR * 60 / SNAP) * SNAP;
    }

    private void showGhost(double x, double y, double width, double height) {
        ghost.resizeRelocate(x, y, width, Math.max(4, height));
        ghost.setVisible(true);
    }

    private void released(MouseEvent event) {
        ghost.setVisible(false);
        Mode was = mode;
        mode = Mode.NONE;
        if (listener == null) {
            return;
        }
        switch (was) {
            case DRAW -> {
                int to = minuteAt(event.getY());
                if (to - anchorMinute >= SNAP) {
                    listener.draw(DayOfWeek.of(anchorDay + 1), time(anchorMinute), time(to));
                }
            }
            case MOVE -> {
                int dayDelta = dayAt(event.getX()) - dayAt(pressX);
                int minuteDelta = minuteDelta(event.getY());
                if (dayDelta != 0 || minuteDelta != 0) {
                    listener.move(grabbed.block().index(), dayDelta, minuteDelta);
                }
            }
            case RESIZE -> {
                int delta = minuteDelta(event.getY());
                if (delta != 0) {
                    listener.resize(grabbed.block().index(), delta);
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static LocalTime time(int minute) {
        return minute >= DAY ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    private void key(KeyEvent event) {
        if (listener == null || selected < 0) {
            return;
        }
        KeyCode code = event.getCode();
        boolean handled = true;
        if (code == KeyCode.UP && event.isShiftDown()) {
            listener.resize(selected, -SNAP);
        } else if (code == KeyCode.DOWN && event.isShiftDown()) {
            listener.resize(selected, SNAP);
        } else if (code == KeyCode.UP) {
            listener.move(selected, 0, -SNAP);
        } else if (code == KeyCode.DOWN) {
            listener.move(selected, 0, SNAP);
        } else if (code == KeyCode.LEFT) {
            listener.move(selected, -1, 0);
        } else if (code == KeyCode.RIGHT) {
            listener.move(selected, 1, 0);
        } else if (code == KeyCode.ENTER) {
            listener.open(selected);
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            listener.remove(selected);
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }
}
