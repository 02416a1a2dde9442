package dev.atelier.media.images.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StyleImageControllerTest {

    private static final String ETAG = "\"abc123\"";

    @Test
    void if_none_match_compares_weakly_and_accepts_lists_and_the_wildcard() {
        assertThat(StyleImageController.matches("\"abc123\"", ETAG)).isTrue();
        assertThat(StyleImageController.matches("W/\"abc123\"", ETAG)).isTrue();
        assertThat(StyleImageController.matches("\"other\", \"abc123\"", ETAG)).isTrue();
        assertThat(StyleImageController.matches("*", ETAG)).isTrue();
    }

    @Test
    void anything_else_does_not_match() {
        assertThat(StyleImageController.matches(null, ETAG)).isFalse();
        assertThat(StyleImageController.matches("\"abc\"", ETAG)).isFalse();
        assertThat(StyleImageController.matches("abc123", ETAG)).isFalse();
    }
}
