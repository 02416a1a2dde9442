package dev.atelier.drills.auth;

import java.io.IOException;

/**
 * One endpoint of the auth matrix: method, path as documented, who may call it, the status of a valid
 * call, and how to build a valid call (against fresh things when the call is expected to change them).
 */
public record Endpoint(String group, String method, String template, Access access, int success, Preparer preparer) {

    /** Builds a valid request; {@code fresh}: the call is expected to succeed, so it gets things of its own to change. */
    @FunctionalInterface
    public interface Preparer {
        Call prepare(MatrixSetup setup, boolean fresh) throws IOException, InterruptedException;
    }

    /**
     * A request as sent: a gateway path, a content type and a body (or none); {@code stream}: the answer is a
     * server-sent-events stream, read up to its first message.
     */
    public record Call(String path, String contentType, byte[] body, boolean stream) {

        public static Call to(String path) {
            return new Call(path, null, null, false);
        }

        public static Call stream(String path) {
            return new Call(path, null, null, true);
        }
    }

    public int expected(Identity who) {
        return AccessRules.expected(access, who, success);
    }

    public String name() {
        return method + " " + template;
    }
}
