package dev.atelier.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinary_text_emoji_and_accents_are_storable() {
        assertThat(StorableText.problem("Adéọlá Obi \uD83E\uDDF5 — 12\" hem")).isNull();
        assertThat(StorableText.problem("")).isNull();
        assertThat(StorableText.problem(null)).isNull();
    }

    @Test
    void nul_is_not() {
        assertThat(StorableText.problem("a\u0000b")).isEqualTo("must not contain NUL characters");
    }

    @Test
    void unpaired_surrogates_are_not() {
        assertThat(StorableText.problem("A\uD800B")).contains("unpaired surrogate");
        assertThat(StorableText.problem("end\uD83E")).contains("unpaired surrogate");
        assertThat(StorableText.problem("\uDC00start")).contains("unpaired surrogate");
    }
}
