package dev.atelier.drills.auth;

import dev.atelier.apiclient.Multipart;
import dev.atelier.drills.auth.Endpoint.Call;
import dev.atelier.drills.catalogue.CatalogueFile;
import dev.atelier.drills.catalogue.Placeholders;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint of the API through the gateway, with who may call it as documented and a valid request
 * for it, read from {@code auth-endpoints.yaml} next to this class. A request's ids and what it needs
 * from the suite (a new login, the current version of what it changes) are filled in when it is sent.
 */
public final class AuthEndpoints {

    private static final String RESOURCE = "auth-endpoints.yaml";
    private static final String JSON_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuthEndpoints() {}

    /** Every endpoint, in the file's order. */
    public static List<Endpoint> all() {
        return read(CatalogueFile.read(AuthEndpoints.class, RESOURCE));
    }

    static List<Endpoint> read(JsonNode document) {
        List<Endpoint> all = new ArrayList<>();
        document.path("groups").properties().forEach(group -> group.getValue().forEach(entry -> all.add(endpoint(group.getKey(), entry))));
        return List.copyOf(all);
    }

    private static Endpoint endpoint(String group, JsonNode entry) {
        String[] request = entry.path("endpoint").asString("").split(" ", 2);
        if (request.length != 2 || !entry.path("access").isString() || !entry.path("success").isInt()) {
            throw new IllegalArgumentException(RESOURCE + ": an endpoint needs 'endpoint: METHOD PATH', access and success: " + entry);
        }
        Access access;
        try {
            access = Access.valueOf(entry.path("access").asString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RESOURCE + ": no access " + entry.path("access") + " (" + List.of(Access.values()) + ")", e);
        }
        return new Endpoint(group, request[0], request[1], access, entry.path("success").asInt(),
                (setup, fresh) -> call(entry, request[1], setup, fresh));
    }

    private static Call call(JsonNode entry, String documentedPath, MatrixSetup setup, boolean fresh)
            throws IOException, InterruptedException {
        Map<String, String> ids = setup.shared();
        if (fresh && entry.has("fresh")) {
            String name = entry.path("fresh").asString();
            ids.put(name, setup.fresh(name));
        }
        Placeholders withIds = new Placeholders(RESOURCE, Map.of(), SuiteFixtures.tinyPng()).withLiterals(ids);
        Placeholders placeholders = withIds.withLiterals(fromTheSuite(entry, withIds, setup));
        String path = placeholders.text(entry.path("path").asString(documentedPath));
        if (entry.has("upload")) {
            Multipart form = CatalogueFile.upload(entry.path("upload"), placeholders);
            return new Call(path, form.contentType(), form.body(), false);
        }
        if (entry.has("body")) {
            return new Call(path, entry.path("contentType").asString(JSON_TYPE), placeholders.bytes(entry.path("body").asString()), false);
        }
        return entry.path("stream").asBoolean(false) ? Call.stream(path) : Call.to(path);
    }

    /**
     * The values an entry's texts name that are made or fetched for each call: {@code unique} and
     * {@code UNIQUE}, {@code refresh-token USER}, {@code days-from-now N} and {@code current ...}.
     */
    private static Map<String, String> fromTheSuite(JsonNode entry, Placeholders withIds, MatrixSetup setup)
            throws IOException, InterruptedException {
        String unique = setup.unique();
        JsonNode current = null;
        Map<String, String> values = new HashMap<>();
        for (String name : namesIn(entry)) {
            String[] words = name.split(" ");
            switch (words[0]) {
                case "unique" -> values.put(name, unique);
                case "UNIQUE" -> values.put(name, unique.toUpperCase(Locale.ROOT));
                case "refresh-token" -> values.put(name, setup.login(words[1]).path("refresh_token").asString());
                case "days-from-now" -> values.put(name, LocalDate.now().plusDays(Long.parseLong(words[1])).toString());
                case "current" -> {
                    if (current == null) {
                        current = current(entry, withIds, setup);
                    }
                    values.put(name, field(current, words));
                }
                default -> {
                    // the ids and ${png}: the placeholders have them
                }
            }
        }
        return values;
    }

    private static Set<String> namesIn(JsonNode entry) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(Placeholders.names(entry.path("path").asString("")));
        names.addAll(Placeholders.names(entry.path("body").asString("")));
        return names;
    }

    /** The resource the entry's {@code current} names, read as lead just before the call. */
    private static JsonNode current(JsonNode entry, Placeholders withIds, MatrixSetup setup) throws IOException, InterruptedException {
        if (!entry.has("current")) {
            throw new IllegalArgumentException(RESOURCE + ": ${current ...} without current: " + entry.path("endpoint").asString());
        }
        String path = withIds.text(entry.path("current").asString());
        return entry.path("settled").asBoolean(false) ? setup.fixtures().settledOrder(path) : setup.fixtures().get(path);
    }

    /** {@code current FIELD}: the field as JSON; {@code current FIELD KEEP...}: an array field whose elements keep only those fields. */
    private static String field(JsonNode resource, String[] words) {
        JsonNode value = resource.get(words[1]);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + ": the current resource has no " + words[1] + ": " + resource);
        }
        if (words.length == 2) {
            return value.toString();
        }
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode element : value) {
            ObjectNode copy = kept.addObject();
            for (String keep : Arrays.copyOfRange(words, 2, words.length)) {
                if (element.hasNonNull(keep)) {
                    copy.set(keep, element.get(keep));
                }
            }
        }
        return kept.toString();
    }
}
