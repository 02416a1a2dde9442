package dev.atelier.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Small real images made in the test, and a few files that only pretend to be images. */
public final class TestImages {

    /** A 1x1 lossless WebP (VP8L), the smallest valid one. */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** The start of an iPhone HEIC file: an ISO-BMFF 'ftyp' box with the 'heic' brand, then filler. */
    public static final byte[] HEIC_HEADER = concat(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0,
            'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'}, new byte[200]);

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(drawn(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A PNG with a transparent half. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = drawn(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width / 2; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x00000000);
            }
        }
        return encode(image, "png");
    }

    /** A PNG cut off after its first half: the signature is right, the data is not. */
    public static byte[] truncatedPng() {
        byte[] whole = png(200, 120);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage drawn(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x8B1E3F));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
