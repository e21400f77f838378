package org.hearth.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What one handout says, before it is laid out: the title (in one or two languages), an optional subtitle and the
 * blocks. In the discreet variant worker-typed text that gives the purpose away is left out, and counted.
 */
final class Sheet {

    private final HandoutWords words;
    private final List<Block> blocks = new ArrayList<>();
    private String title;
    private String title2;
    private String subtitle;
    private int leftOut;

    Sheet(HandoutWords words) {
        this.words = words;
    }

    HandoutWords words() {
        return words;
    }

    /** The title from a key, in both languages. */
    Sheet title(String key, Object... args) {
        this.title = words.one(key, args);
        this.title2 = words.two(key, args);
        return this;
    }

    Sheet subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    /** Fixed text from a key, in both languages. */
    Sheet fixed(Block.Style style, String key, Object... args) {
        blocks.add(Block.of(style, words.one(key, args), words.two(key, args)));
        return this;
    }

    /** Fixed text from a key that holds typed text as arguments; left out when discreet and it gives away. */
    Sheet mixed(Block.Style style, String key, Object... args) {
        String one = words.one(key, args);
        String two = words.two(key, args);
        if (givesAway(one) || givesAway(two)) {
            leftOut++;
            return this;
        }
        blocks.add(Block.of(style, one, two));
        return this;
    }

    /** Text as the worker typed it; left out when discreet and it gives the purpose away. */
    Sheet typed(Block.Style style, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        if (givesAway(text)) {
            leftOut++;
            return this;
        }
        blocks.add(Block.typed(style, HandoutWords.typed(words.firstLanguage(), text)));
        return this;
    }

    /**
     * Text made per language (fixed words around typed text), in both languages; left out when discreet and it
     * gives the purpose away.
     */
    Sheet compose(Block.Style style, java.util.function.Function<String, String> text) {
        String one = text.apply(words.firstLanguage());
        String two = words.secondLanguage() == null ? null : text.apply(words.secondLanguage());
        if (givesAway(one) || givesAway(two)) {
            leftOut++;
            return this;
        }
        blocks.add(Block.of(style, one, two));
        return this;
    }

    Sheet coloured(String text, String colour) {
        if (givesAway(text)) {
            leftOut++;
            return this;
        }
        blocks.add(Block.coloured(text, colour));
        return this;
    }

    Sheet add(Block block) {
        blocks.add(block);
        return this;
    }

    private boolean givesAway(String text) {
        return words.discreet() && text != null && DiscreetWords.givesAway(text);
    }

    String title() {
        return title;
    }

    String title2() {
        return title2;
    }

    String subtitle() {
        return subtitle;
    }

    List<Block> blocks() {
        return blocks;
    }

    int leftOut() {
        return leftOut;
    }
}
