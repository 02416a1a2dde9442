package dev.atelier.media.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.media.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void real_images_are_told_apart_by_their_first_bytes() {
        assertThat(ImageType.sniff(header(TestImages.jpeg(10, 10)))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(header(TestImages.png(10, 10)))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(header(TestImages.WEBP_1X1))).contains(ImageType.WEBP);
        assertThat(ImageType.sniff(header(TestImages.HEIC_HEADER))).contains(ImageType.HEIC);
    }

    @Test
    void anything_else_is_no_image_type() {
        assertThat(ImageType.sniff("hello, this is text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageType.sniff("GIF89a............".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ImageType.sniff(new byte[0])).isEmpty();
    }

    @Test
    void only_heic_is_stored_without_decoding() {
        assertThat(Arrays.stream(ImageType.values()).filter(type -> !type.decodable())).containsExactly(ImageType.HEIC);
    }

    private static byte[] header(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, ImageType.HEADER_LENGTH));
    }
}
