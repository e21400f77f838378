package org.hearth.ui.control;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control that has the keyboard focus in view inside a scrolling page, so a worker moving through a long
 * form with Tab never types into something they cannot see.
 */
public final class FollowFocus {

    private FollowFocus() {
    }

    /**
     * Follows the focus while the page is in a scene. The listener leaves the scene with the page: a scene lives as
     * long as the window, and a listener left behind would keep every page ever shown in memory.
     */
    public static void install(ScrollPane page) {
        javafx.beans.value.ChangeListener<Node> follow = (f, was, focused) -> show(page, focused);
        page.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static void show(ScrollPane page, Node focused) {
        Node content = page.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = page.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = page.getVvalue() * (contentHeight - viewportHeight);
        double margin = 16;
        if (node.getMinY() - margin < top) {
            page.setVvalue(Math.max(0, (node.getMinY() - margin) / (contentHeight - viewportHeight)));
        } else if (node.getMaxY() + margin > top + viewportHeight) {
            page.setVvalue(Math.min(1, (node.getMaxY() + margin - viewportHeight) / (contentHeight - viewportHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
