package dev.atelier.apiclient;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a server-sent-events answer up to the end of its first message (a blank line), then lets go of
 * the connection; an answer that ends sooner (an error, a problem+json body) is read whole. A stream
 * never ends by itself, so a body handler that waits for its end would wait for ever.
 */
final class FirstMessage implements HttpResponse.BodySubscriber<String> {

    private static final int MAX_BYTES = 64 * 1024;

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            read.writeBytes(bytes);
        }
        String text = read.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        int end = text.indexOf("\n\n");
        if (end >= 0 || read.size() > MAX_BYTES) {
            body.complete(end >= 0 ? text.substring(0, end + 1) : text);
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(read.toString(StandardCharsets.UTF_8));
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }
}
