package dev.atelier.media.images.domain;

import java.util.Optional;

/**
 * The name the client gave its file, kept as a label only: reduced to its last path segment,
 * without control characters, at most 255 characters. It never becomes part of an object key.
 */
public final class UploadFileName {

    static final int MAX_LENGTH = 255;

    private UploadFileName() {
    }

    /** {@code ../../etc/passwd} becomes {@code passwd}; blank, {@code .} and {@code ..} become empty. */
    public static Optional<String> sanitize(String original) {
        if (original == null) {
            return Optional.empty();
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return Optional.of(name);
    }
}
