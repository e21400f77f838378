package org.hearth.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An emoji the worker typed, printed in a right-to-left handout: the PDF's line layout reverses right-to-left text
 * unit by unit, which split an emoji in two and dropped it ("🌻🌻" came out as one sunflower). Embedded
 * left-to-right it stays whole. The PDF itself is read back by ShippedJarIT and the acceptance stage.
 */
class EmojiInArabicTest {

    private static final String LRE = "\u202A";
    private static final String PDF = "\u202C";

    @Test
    void emojiInAnArabicLineAreEmbeddedLeftToRightAndKeptWhole() {
        assertThat(HandoutWords.typed("ar", "🌻🌻")).isEqualTo(LRE + "🌻🌻" + PDF);
        assertThat(HandoutWords.typed("ar", "القطة 🐱 مريضة")).isEqualTo("القطة " + LRE + "🐱" + PDF + " مريضة");
        // a family of four is one picture made of seven characters joined by zero-width joiners
        String family = "👩\u200D👩\u200D👧\u200D👦";
        assertThat(HandoutWords.typed("ar", "عائلتنا " + family)).isEqualTo("عائلتنا " + LRE + family + PDF);
        assertThat(HandoutWords.typed("ar", "Lotte 💬")).isEqualTo(LRE + "Lotte 💬" + PDF);
    }

    @Test
    void leftToRightHandoutsAndTextWithoutEmojiAreUnchanged() {
        assertThat(HandoutWords.typed("nl", "🌻🌻")).isEqualTo("🌻🌻");
        assertThat(HandoutWords.typed("ar", "القطة مريضة")).isEqualTo("القطة مريضة");
        assertThat(HandoutWords.typed("ar", "112")).isEqualTo(LRE + "112" + PDF);
    }
}
