package dev.atelier.media.images.upload;

import dev.atelier.platform.error.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The multipart body itself is out of bounds (too many parts, or one part too big): 413 naming the limit. */
public class MultipartLimitException extends ErrorResponseException {

    private MultipartLimitException(ProblemDetail problem) {
        super(ProblemType.PAYLOAD_TOO_LARGE.status(), problem, null);
    }

    static MultipartLimitException tooManyParts(int maxParts) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The upload has more than " + maxParts + " parts.");
        problem.setProperty("maxParts", maxParts);
        return new MultipartLimitException(problem);
    }

    static MultipartLimitException partTooLarge(String part, long maxPartBytes) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem(
                "The part '" + part + "' is larger than " + maxPartBytes + " bytes.");
        problem.setProperty("part", part);
        problem.setProperty("maxPartBytes", maxPartBytes);
        return new MultipartLimitException(problem);
    }
}
