package dev.atelier.platform.text;

import org.jspecify.annotations.Nullable;

/**
 * Text PostgreSQL can store as sent: no NUL character (a {@code text} column refuses it, and the refusal
 * used to surface as a 500) and no unpaired UTF-16 surrogate (not Unicode: it would be stored as {@code ?},
 * silently changing what the client sent).
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code value} cannot be stored as it is, or {@code null} when it can. */
    public static @Nullable String problem(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (it has an unpaired surrogate)";
            }
        }
        return null;
    }
}
