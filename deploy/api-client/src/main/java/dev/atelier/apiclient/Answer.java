package dev.atelier.apiclient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An answer of the gateway or a service: the status and the body, read leniently as JSON. */
public record Answer(int status, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON; an empty object when it is empty or not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    public String text(String field) {
        return json().path(field).asString("");
    }

    /** "HTTP 409: <the problem's detail>" for messages. */
    public String summary() {
        String detail = text("detail");
        return "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
    }
}
