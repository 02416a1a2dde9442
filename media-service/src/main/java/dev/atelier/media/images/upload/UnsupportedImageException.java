package dev.atelier.media.images.upload;

import dev.atelier.media.images.domain.ImageType;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The file is not an image this service takes, or not a readable one: 415 listing what is accepted.
 * Only the status, the detail and the list are said here: the platform's problem handler gives it the
 * {@code unsupported-media-type} type and title, as it does Spring's own 415s.
 */
public class UnsupportedImageException extends ErrorResponseException {

    static final List<String> ACCEPTED = Arrays.stream(ImageType.values()).map(ImageType::mediaType).toList();

    public UnsupportedImageException(String detail) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        setDetail(detail);
        getBody().setProperty("accepted", ACCEPTED);
    }
}
