package org.hearth.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A map picture names the people around a family: it never passes through a file in the temp folder. */
class PicturesTest {

    @Test
    void aPictureGoesToPngAndBackWithoutACacheFile() throws Exception {
        Set<String> before = imageioFiles();
        BufferedImage map = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        map.setRGB(10, 20, Color.RED.getRGB());
        byte[] png = Pictures.png(map);
        BufferedImage back = Pictures.read(png);

        assertThat(back.getWidth()).isEqualTo(300);
        assertThat(back.getRGB(10, 20)).isEqualTo(Color.RED.getRGB());
        assertThat(Pictures.inMemoryOnly()).as("ImageIO's cache file is off").isTrue();
        assertThat(imageioFiles()).as("cache files in the temp folder").isEqualTo(before);
        assertThat(Pictures.read(new byte[] {1, 2, 3})).as("bytes that hold no picture").isNull();
    }

    private static Set<String> imageioFiles() {
        String[] names = new File(System.getProperty("java.io.tmpdir")).list((dir, name) -> name.startsWith("imageio"));
        return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
    }
}
