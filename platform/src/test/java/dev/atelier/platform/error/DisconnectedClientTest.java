package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;
import reactor.test.StepVerifier;

class DisconnectedClientTest {

    private final ProblemExceptionHandler problems = new ProblemExceptionHandler(TraceIdResolver.requestId());

    @Test
    void a_client_that_hung_up_gets_no_problem_and_is_no_server_error() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/orders"));
        AbortedException hungUp = new AbortedException("Connection has been closed BEFORE send operation");

        StepVerifier.create(problems.resolve(hungUp, exchange)).expectErrorMatches(error -> error == hungUp).verify();
    }

    @Test
    void any_other_unexpected_failure_is_still_a_500_problem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/orders"));

        StepVerifier.create(problems.resolve(new IllegalStateException("boom"), exchange))
                .assertNext(entity -> {
                    assertThat(entity.getStatusCode().value()).isEqualTo(500);
                    assertThat(entity.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
                            problem -> assertThat(problem.getDetail()).doesNotContain("boom"));
                })
                .verifyComplete();
    }
}
