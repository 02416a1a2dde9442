package dev.atelier.bench;

import dev.atelier.apiclient.Png;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** The upload scenario's image: a PNG of seeded noise (so it does not compress) of about 1 MiB. */
public final class TestImage {

    private TestImage() {}

    /** A square RGB PNG of about {@code bytes} (noise costs 3 bytes a pixel plus a little framing). */
    public static byte[] noisePng(int bytes, long seed) {
        int side = (int) Math.sqrt(bytes / 3.0);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return Png.of(image);
    }
}
