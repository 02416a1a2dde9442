package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

class ProblemTypeTest {

    @Test
    void type_uris_are_stable() {
        assertThat(Arrays.stream(ProblemType.values()).map(type -> type.uri().toString())).containsExactly(
                "https://atelier.dev/problems/validation",
                "https://atelier.dev/problems/malformed-request",
                "https://atelier.dev/problems/unauthenticated",
                "https://atelier.dev/problems/forbidden",
                "https://atelier.dev/problems/not-found",
                "https://atelier.dev/problems/method-not-allowed",
                "https://atelier.dev/problems/not-acceptable",
                "https://atelier.dev/problems/conflict",
                "https://atelier.dev/problems/payload-too-large",
                "https://atelier.dev/problems/unsupported-media-type",
                "https://atelier.dev/problems/too-many-requests",
                "https://atelier.dev/problems/internal",
                "https://atelier.dev/problems/bad-gateway",
                "https://atelier.dev/problems/service-unavailable");
    }

    @Test
    void problem_carries_type_title_status_and_detail() {
        ProblemDetail problem = ProblemType.CONFLICT.problem("Order is DELIVERED.");
        assertThat(problem.getType()).isEqualTo(ProblemType.CONFLICT.uri());
        assertThat(problem.getTitle()).isEqualTo("Conflict");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("Order is DELIVERED.");
    }

    @Test
    void every_type_is_what_its_own_status_maps_back_to_except_validation() {
        for (ProblemType type : ProblemType.values()) {
            ProblemType mapped = ProblemType.forStatus(type.status());
            assertThat(mapped).isEqualTo(type == ProblemType.VALIDATION ? ProblemType.MALFORMED_REQUEST : type);
        }
        assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(418))).isNull();
    }

}
