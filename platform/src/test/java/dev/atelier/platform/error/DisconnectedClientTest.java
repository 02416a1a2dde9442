package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
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
    void a_hang_up_that_reaches_the_web_exception_handler_ends_the_exchange_as_aborted_not_as_a_500() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders"));
        ServerRequestObservationContext observation = new ServerRequestObservationContext(exchange.getRequest(),
                exchange.getResponse(), exchange.getAttributes());
        exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, observation);
        ProblemErrorWebExceptionHandler handler = new ProblemErrorWebExceptionHandler(problems,
                new ProblemResponseWriter(ServerCodecConfigurer.create()));

        StepVerifier.create(handler.handle(exchange, new AbortedException("Connection has been closed"))).verifyComplete();

        assertThat(observation.isConnectionAborted()).isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void any_other_failure_that_reaches_the_web_exception_handler_is_a_500_problem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders"));
        ProblemErrorWebExceptionHandler handler = new ProblemErrorWebExceptionHandler(problems,
                new ProblemResponseWriter(ServerCodecConfigurer.create()));

        StepVerifier.create(handler.handle(exchange, new IllegalStateException("boom"))).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":500").doesNotContain("boom");
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
