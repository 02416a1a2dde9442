package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FieldProblemTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void field_error_serialises_as_field_and_message() {
        assertThat(this.mapper.writeValueAsString(new FieldProblem("price.amount", "must be a number")))
            .isEqualTo("{\"field\":\"price.amount\",\"message\":\"must be a number\"}");
    }

    @Test
    void whole_object_error_has_no_field_key() {
        assertThat(this.mapper.writeValueAsString(new FieldProblem(null, "delivery date must follow the order date")))
            .isEqualTo("{\"message\":\"delivery date must follow the order date\"}");
    }

    @Test
    void domain_validation_failure_keeps_its_errors_in_order() {
        var failure = new ValidationFailedException(List.of(new FieldProblem("b", "x"), new FieldProblem("a", "y")));
        assertThat(failure.errors()).extracting(FieldProblem::field).containsExactly("b", "a");
        assertThat(failure.getStatusCode().value()).isEqualTo(400);
        assertThat(failure.getBody().getType()).isEqualTo(ProblemType.VALIDATION.uri());
    }

}
