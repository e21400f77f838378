package org.hearth.ui.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between two versions of something a worker edits, each given as the lines the screen shows for
 * it: the lines that came in and the lines that went. A changed item shows as its old line gone and its new line
 * added. Lines are compared as a multiset, so two equal items count twice.
 */
public record Changes(List<String> added, List<String> removed) {

    public static Changes between(List<String> before, List<String> after) {
        Map<String, Integer> left = new HashMap<>();
        before.forEach(line -> left.merge(line, 1, Integer::sum));
        List<String> added = new ArrayList<>();
        for (String line : after) {
            Integer count = left.get(line);
            if (count == null || count == 0) {
                added.add(line);
            } else {
                left.put(line, count - 1);
            }
        }
        List<String> removed = new ArrayList<>();
        Map<String, Integer> right = new HashMap<>();
        after.forEach(line -> right.merge(line, 1, Integer::sum));
        for (String line : before) {
            Integer count = right.get(line);
            if (count == null || count == 0) {
                removed.add(line);
            } else {
                right.put(line, count - 1);
            }
        }
        return new Changes(List.copyOf(added), List.copyOf(removed));
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty();
    }
}
