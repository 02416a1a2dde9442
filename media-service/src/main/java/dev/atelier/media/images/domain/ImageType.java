package dev.atelier.media.images.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The image kinds accepted, told apart by their first bytes (magic numbers), never by a file name
 * or a declared content type. HEIC is accepted and stored as is: no decoder for it ships with the
 * JDK or a well-kept Java library, so it gets no thumbnail and no width or height.
 */
public enum ImageType {

    JPEG("image/jpeg", true),
    PNG("image/png", true),
    WEBP("image/webp", true),
    HEIC("image/heic", false);

    /** Bytes {@link #sniff} needs to look at. */
    public static final int HEADER_LENGTH = 16;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    private final String mediaType;
    private final boolean decodable;

    ImageType(String mediaType, boolean decodable) {
        this.mediaType = mediaType;
        this.decodable = decodable;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether this service can decode it for width, height and a thumbnail. */
    public boolean decodable() {
        return decodable;
    }

    /** The type the first bytes of a file announce; empty for anything else. */
    public static Optional<ImageType> sniff(byte[] header) {
        if (header.length >= 3 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xFF) == 0xD8 && (header[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (header.length >= 8 && Arrays.equals(header, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (header.length >= 12 && ascii(header, 0, 4).equals("RIFF") && ascii(header, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (header.length >= 12 && ascii(header, 4, 8).equals("ftyp") && HEIF_BRANDS.contains(ascii(header, 8, 12))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
