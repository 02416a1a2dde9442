package dev.atelier.media.images.upload;

import dev.atelier.platform.error.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The file passed the size limit while it streamed in (or decodes to too many pixels): 413 naming the limit. */
public class ImageTooLargeException extends ErrorResponseException {

    private ImageTooLargeException(ProblemDetail problem) {
        super(ProblemType.PAYLOAD_TOO_LARGE.status(), problem, null);
    }

    static ImageTooLargeException bytes(long maxBytes) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The file is larger than " + maxBytes + " bytes.");
        problem.setProperty("maxBytes", maxBytes);
        return new ImageTooLargeException(problem);
    }

    static ImageTooLargeException pixels(long maxPixels) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The image has more than " + maxPixels + " pixels.");
        problem.setProperty("maxPixels", maxPixels);
        return new ImageTooLargeException(problem);
    }
}
