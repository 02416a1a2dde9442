package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TestImageTest {

    @Test
    void the_upload_is_a_readable_png_of_about_one_mebibyte() throws Exception {
        byte[] png = TestImage.noisePng(1 << 20, 42);

        assertThat(png.length).isBetween((int) (0.95 * (1 << 20)), (int) (1.05 * (1 << 20)));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(read.getHeight()).isEqualTo(591);
    }

    @Test
    void the_same_seed_gives_the_same_bytes() {
        assertThat(TestImage.noisePng(30_000, 7)).isEqualTo(TestImage.noisePng(30_000, 7)).isNotEqualTo(TestImage.noisePng(30_000, 8));
    }
}
