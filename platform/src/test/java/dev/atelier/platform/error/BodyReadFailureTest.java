package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class BodyReadFailureTest {

    record Item(UUID inventoryItemId, int quantity) {
    }

    record Order(LocalDate deliveryDate, List<Item> items, Map<String, BigDecimal> values, boolean rush) {
    }

    private final JsonMapper mapper = JsonMapper.builder().build();

    private BodyReadFailure failureOf(String json) {
        JacksonException ex = catchThrowableOfType(JacksonException.class, () -> this.mapper.readValue(json, Order.class));
        return BodyReadFailure.of(new RuntimeException("wrapped by the codec", ex));
    }

    @Test
    void path_runs_through_arrays_and_objects() {
        BodyReadFailure failure = failureOf("""
                {"items": [{"inventoryItemId": "%s", "quantity": 1}, {"quantity": "three"}]}
                """.formatted(UUID.randomUUID()));
        assertThat(failure.error()).isEqualTo(new FieldProblem("items[1].quantity", "must be an integer"));
        assertThat(failure.detail()).isEqualTo("The value of items[1].quantity must be an integer.");
    }

    @Test
    void map_values_are_named_by_their_key() {
        assertThat(failureOf("{\"values\": {\"bust\": \"wide\"}}").error())
            .isEqualTo(new FieldProblem("values.bust", "must be a number"));
    }

    @Test
    void dates_uuids_and_booleans_say_their_format() {
        assertThat(failureOf("{\"deliveryDate\": \"20/12/2026\"}").error().message()).isEqualTo("must be a date (YYYY-MM-DD)");
        assertThat(failureOf("{\"items\": [{\"inventoryItemId\": \"nope\"}]}").error())
            .isEqualTo(new FieldProblem("items[0].inventoryItemId", "must be a UUID"));
        assertThat(failureOf("{\"rush\": \"maybe\"}").error().message()).isEqualTo("must be true or false");
    }

    @Test
    void number_out_of_range_names_the_field() {
        assertThat(failureOf("{\"items\": [{\"quantity\": 99999999999}]}").error())
            .isEqualTo(new FieldProblem("items[0].quantity", "is out of range for an integer"));
    }

    @Test
    void broken_json_gives_line_and_column_but_no_field() {
        BodyReadFailure failure = failureOf("{\"rush\": tru");
        assertThat(failure.error()).isNull();
        assertThat(failure.detail()).startsWith("The request body is not valid JSON (line 1, column");
    }

    @Test
    void anything_else_is_unreadable_without_details() {
        BodyReadFailure failure = BodyReadFailure.of(new IllegalStateException("socket closed"));
        assertThat(failure.error()).isNull();
        assertThat(failure.detail()).isEqualTo("The request body could not be read.");
    }

}
