package dev.atelier.drills.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final Placeholders placeholders = new Placeholders("test.yaml", Map.of("sql", "' OR 1=1", "terms", "\"q\": \"${sql}\""),
            new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    @Test
    void values_may_hold_values() {
        assertThat(placeholders.text("{${terms}}")).isEqualTo("{\"q\": \"' OR 1=1\"}");
        assertThat(placeholders.with(Map.of("collection", "/api/orders")).text("GET ${collection}/x")).isEqualTo("GET /api/orders/x");
    }

    @Test
    void generators_make_the_bulk() {
        assertThat(placeholders.text("${repeat [ 3}${repeat ] 3}")).isEqualTo("[[[]]]");
        assertThat(placeholders.text("${many-measurements 2}")).isEqualTo("{\"m0\": 10, \"m1\": 10}");
        assertThat(placeholders.text("${many-items 1}")).isEqualTo("[{\"description\": \"piece 0\", \"quantity\": 1}]");
        assertThat(placeholders.bytes("${zeros 3}")).containsExactly(0, 0, 0);
    }

    @Test
    void bytes_and_the_png_go_in_raw() {
        assertThat(placeholders.bytes("a${bytes C3 28}b")).containsExactly('a', 0xC3, 0x28, 'b');
        assertThat(placeholders.bytes("${png}")).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(placeholders.bytes("${png 2}")).containsExactly(0x89, 'P');
    }

    @Test
    void an_unknown_name_is_an_error_naming_it_and_the_file() {
        assertThatThrownBy(() -> placeholders.text("${order}")).hasMessage("test.yaml: no value ${order}");
    }

    @Test
    void literals_go_in_as_they_are_and_names_are_listed_in_order() {
        Placeholders answered = placeholders.withLiterals(Map.of("email", "${sql}@example.com"));
        assertThat(answered.text("\"${email}\"")).isEqualTo("\"${sql}@example.com\"");
        assertThat(Placeholders.names("/api/${collection}/${repeat 9 3}?q=${sql}")).containsExactly("collection", "repeat 9 3", "sql");
    }
}
