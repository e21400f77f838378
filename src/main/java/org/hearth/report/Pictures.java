package org.hearth.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Pictures on handouts (the network map, the organisation's logo) as PNG bytes and back, in memory only. ImageIO
 * would otherwise pass them through a cache file in the temp folder, and a map picture names the people around a
 * family.
 */
public final class Pictures {

    static {
        ImageIO.setUseCache(false);
    }

    private Pictures() {
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /** The picture in the bytes, or null when they hold none. */
    public static BufferedImage read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    /** True while ImageIO keeps pictures in memory (no cache file); read by a test. */
    static boolean inMemoryOnly() {
        return !ImageIO.getUseCache();
    }
}
