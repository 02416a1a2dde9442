package dev.atelier.media.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFileNameTest {

    @Test
    void a_path_is_reduced_to_its_last_segment() {
        assertThat(UploadFileName.sanitize("../../etc/passwd")).contains("passwd");
        assertThat(UploadFileName.sanitize("C:\\Users\\ada\\Pictures\\fitting 2.jpg")).contains("fitting 2.jpg");
        assertThat(UploadFileName.sanitize("swatch.png")).contains("swatch.png");
    }

    @Test
    void names_that_say_nothing_are_dropped() {
        assertThat(UploadFileName.sanitize(null)).isEmpty();
        assertThat(UploadFileName.sanitize("   ")).isEmpty();
        assertThat(UploadFileName.sanitize("photos/..")).isEmpty();
        assertThat(UploadFileName.sanitize("photos/")).isEmpty();
    }

    @Test
    void control_characters_go_and_long_names_keep_their_end() {
        assertThat(UploadFileName.sanitize("bad\r\nname\u0000.jpg")).contains("badname.jpg");
        String longName = "a".repeat(300) + ".jpg";
        assertThat(UploadFileName.sanitize(longName)).hasValueSatisfying(name -> {
            assertThat(name).hasSize(UploadFileName.MAX_LENGTH);
            assertThat(name).endsWith(".jpg");
        });
    }
}
