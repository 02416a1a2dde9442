package dev.atelier.media.images.upload;

import dev.atelier.platform.error.ProblemType;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The file is not an image this service takes, or not a readable one: 415 listing what is accepted. */
public class UnsupportedImageException extends ErrorResponseException {

    static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/webp", "image/heic");

    public UnsupportedImageException(String detail) {
        super(ProblemType.UNSUPPORTED_MEDIA_TYPE.status(), problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(detail);
        problem.setProperty("accepted", ACCEPTED);
        return problem;
    }
}
