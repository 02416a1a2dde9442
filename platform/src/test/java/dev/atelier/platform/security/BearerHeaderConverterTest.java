package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

class BearerHeaderConverterTest {

    private final BearerHeaderConverter ours = new BearerHeaderConverter();

    private final ServerBearerTokenAuthenticationConverter springs = new ServerBearerTokenAuthenticationConverter();

    @Test
    void takes_what_spring_takes_and_leaves_the_rest_to_it() {
        List<String> headers = List.of("Bearer abc.def-ghi_jkl~mno+pqr/stu", "bearer abc", "BEARER abc==", "Bearer abc=",
                "Bearer ", "Bearer", "Bearer ===", "Bearer ab=cd", "Bearer ab cd", "Bearer  abc", "Basic dXNlcjpwdw==",
                "Bearer abc\n", "Bearer ab%cd", "Bearerabc", "Bearer \u00e9t\u00e9", "Token abc");
        for (String header : headers) {
            assertSameAsSpring(header);
        }
    }

    @Test
    void agrees_with_spring_on_random_headers() {
        Random random = new Random(42);
        String alphabet = "aZ09-._~+/= \t%\u00e9";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR ");
            for (int length = random.nextInt(12); length > 0; length--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsSpring(header.toString());
        }
    }

    @Test
    void a_request_without_the_header_has_no_token() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/orders"));
        assertThat(this.ours.convert(exchange).blockOptional()).isEmpty();
    }

    private void assertSameAsSpring(String header) {
        String expected = tokenSpringReads(header);
        String fast = BearerHeaderConverter.wellFormedToken(header);
        if (fast != null) {
            assertThat(fast).as("fast path for [%s]", header).isEqualTo(expected);
        }
        assertThat(tokenOf(this.ours, header)).as("answer for [%s]", header).isEqualTo(expected);
    }

    private String tokenSpringReads(String header) {
        return tokenOf(this.springs, header);
    }

    private static String tokenOf(org.springframework.security.web.server.authentication.ServerAuthenticationConverter converter,
            String header) {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/orders").header(HttpHeaders.AUTHORIZATION, header));
        try {
            Authentication authentication = converter.convert(exchange).block();
            return authentication == null ? "<none>" : ((BearerTokenAuthenticationToken) authentication).getToken();
        }
        catch (OAuth2AuthenticationException refused) {
            return "<refused: " + refused.getError().getDescription() + ">";
        }
    }

}
