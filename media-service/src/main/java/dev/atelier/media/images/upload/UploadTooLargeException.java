package dev.atelier.media.images.upload;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An upload past one of its limits, found while it streams in: 413 with the detail and the limit as
 * a member named after it ({@code maxParts}, {@code maxPartBytes}, {@code maxBytes}, {@code maxPixels}).
 * The platform's problem handler gives it the {@code payload-too-large} type and title, as it does
 * the codecs' own 413s.
 */
public class UploadTooLargeException extends ErrorResponseException {

    private UploadTooLargeException(String detail, String limitName, long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE);
        setDetail(detail);
        getBody().setProperty(limitName, limit);
    }

    static UploadTooLargeException tooManyParts(int maxParts) {
        return new UploadTooLargeException("The upload has more than " + maxParts + " parts.", "maxParts", maxParts);
    }

    static UploadTooLargeException partTooLarge(String part, long maxPartBytes) {
        UploadTooLargeException tooLarge = new UploadTooLargeException(
                "The part '" + part + "' is larger than " + maxPartBytes + " bytes.", "maxPartBytes", maxPartBytes);
        tooLarge.getBody().setProperty("part", part);
        return tooLarge;
    }

    static UploadTooLargeException fileBytes(long maxBytes) {
        return new UploadTooLargeException("The file is larger than " + maxBytes + " bytes.", "maxBytes", maxBytes);
    }

    static UploadTooLargeException imagePixels(long maxPixels) {
        return new UploadTooLargeException("The image has more than " + maxPixels + " pixels.", "maxPixels", maxPixels);
    }
}
