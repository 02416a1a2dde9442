package dev.atelier.gateway.door;

import dev.atelier.platform.error.ProblemResponseWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request body limits at the door. A declared {@code Content-Length} above the limit is refused
 * before a byte is read; a chunked body is counted while it streams through and fails with the
 * same 413 as soon as it passes the limit, so the gateway never holds more than one chunk.
 */
class BodyLimitFilter implements WebFilter, Ordered {

    /** After the correlation id and CORS, before the token check: oversized bodies cost nothing. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final long maxBody;

    private final long uploadLimit;

    private final List<PathPattern> uploadPaths;

    private final ProblemResponseWriter problems;

    BodyLimitFilter(BodyLimitProperties limits, ProblemResponseWriter problems) {
        this.maxBody = limits.maxBody().toBytes();
        this.uploadLimit = limits.uploadLimit();
        this.uploadPaths = limits.uploadPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange.getRequest());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            // The client may still be sending; closing spares us reading what we refuse.
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return this.problems.write(exchange, new RequestBodyTooLargeException(limit).getBody());
        }
        return chain.filter(exchange.mutate().request(new Counted(exchange.getRequest(), limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        boolean upload = this.uploadPaths.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
        return upload ? this.uploadLimit : this.maxBody;
    }

    /** The request whose body fails once more than {@code limit} bytes have passed. */
    private static final class Counted extends ServerHttpRequestDecorator {

        private final long limit;

        Counted(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > this.limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestBodyTooLargeException(this.limit));
                    }
                    else {
                        sink.next(buffer);
                    }
                });
            });
        }

    }

}
