package dev.atelier.drills.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    private static final Probe WRITE = Probe.json("customers", "broken JSON", "POST", "/api/customers", "{");
    private static final Probe READ = Probe.call("customers", "SQL in q", "GET", "/api/customers?q=%27");

    @Test
    void each_answer_lands_where_it_belongs() {
        BadInputDrill.Outcomes outcomes = new BadInputDrill.Outcomes(BadInputCatalogue.load().groups());
        outcomes.record(WRITE, answer(400, "application/problem+json"));
        outcomes.record(WRITE, answer(415, "application/problem+json;charset=UTF-8"));
        outcomes.record(WRITE, answer(400, ""));
        outcomes.record(WRITE, answer(500, "application/problem+json"));
        outcomes.record(WRITE, answer(201, "application/json"));
        outcomes.record(READ, answer(200, "application/json"));
        outcomes.record(READ, new IOException("connection reset"));
        outcomes.record(new Probe("gateway", "oversized", "lead", "POST", "/api/x", "application/json", new byte[2 << 20], Map.of()),
                new IOException("broken pipe"));

        assertThat(outcomes.byGroup).containsEntry("customers", 7).containsEntry("gateway", 1).containsEntry("orders", 0);
        assertThat(outcomes.clientErrors).containsExactly(Map.entry(400, 2), Map.entry(415, 1));
        assertThat(outcomes.notProblems).singleElement().asString().contains("→ 400");
        assertThat(outcomes.serverErrors).singleElement().asString().contains("→ 500");
        assertThat(outcomes.acceptedWrites).singleElement().asString().contains("→ 201");
        assertThat(outcomes.readsAnswered2xx).isEqualTo(1);
        assertThat(outcomes.unanswered).singleElement().asString().contains("connection reset");
        assertThat(outcomes.cutOff).isEqualTo(1);
    }

    private static HttpResponse<String> answer(int status, String contentType) {
        HttpHeaders headers = HttpHeaders.of(contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public String body() {
                return "{}";
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://127.0.0.1/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
