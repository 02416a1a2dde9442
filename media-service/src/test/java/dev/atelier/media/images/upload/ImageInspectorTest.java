package dev.atelier.media.images.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.media.TestImages;
import dev.atelier.media.images.domain.ImageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ProblemDetail;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class ImageInspectorTest {

    private final Scheduler workers = Schedulers.newBoundedElastic(1, 10, "image-decode-test");
    private final ImageInspector inspector = new ImageInspector(workers, 320, 4_000_000);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        workers.dispose();
    }

    @Test
    void decodes_on_the_worker_pool_and_bounds_the_thumbnail() throws IOException {
        AtomicReference<String> thread = new AtomicReference<>();
        StepVerifier.create(inspector.inspect(file(TestImages.jpeg(1999, 1000)), ImageType.JPEG)
                        .doOnNext(inspection -> thread.set(Thread.currentThread().getName())))
                .assertNext(inspection -> {
                    assertThat(inspection.width()).isEqualTo(1999);
                    assertThat(inspection.height()).isEqualTo(1000);
                    assertThat(inspection.thumbnail().contentType()).isEqualTo("image/jpeg");
                    var small = TestImages.decode(inspection.thumbnail().bytes());
                    assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);
                })
                .verifyComplete();
        assertThat(thread.get()).startsWith("image-decode-test");
    }

    @Test
    void too_many_pixels_are_refused_before_decoding() throws IOException {
        StepVerifier.create(inspector.inspect(file(TestImages.png(2001, 2000)), ImageType.PNG))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(UploadTooLargeException.class);
                    ProblemDetail problem = ((UploadTooLargeException) error).getBody();
                    assertThat(problem.getStatus()).isEqualTo(413);
                    assertThat(problem.getDetail()).isEqualTo("The image has more than 4000000 pixels.");
                    assertThat(problem.getProperties()).containsEntry("maxPixels", 4_000_000L);
                })
                .verify();
    }

    @Test
    void bytes_that_do_not_decode_as_their_type_are_unsupported() throws IOException {
        StepVerifier.create(inspector.inspect(file(TestImages.truncatedPng()), ImageType.PNG))
                .expectError(UnsupportedImageException.class)
                .verify();
        StepVerifier.create(inspector.inspect(file(TestImages.png(10, 10)), ImageType.JPEG))
                .expectError(UnsupportedImageException.class)
                .verify();
    }

    @Test
    void heic_is_not_decoded() throws IOException {
        StepVerifier.create(inspector.inspect(file(TestImages.HEIC_HEADER), ImageType.HEIC))
                .expectNext(ImageInspection.NOT_DECODED)
                .verifyComplete();
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "image", ".bin"), bytes);
    }
}
