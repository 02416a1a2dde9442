package dev.atelier.drills.badinput;

import dev.atelier.apiclient.Multipart;
import dev.atelier.drills.catalogue.CatalogueFile;
import dev.atelier.drills.catalogue.Placeholders;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input drill's requests, read from {@code bad-input.yaml} next to this class: for every
 * endpoint that takes a body, the same malformed shapes (broken JSON, wrong top-level type, wrong
 * content type, invalid UTF-8, deep nesting, oversized), then per endpoint wrongly typed fields,
 * injection-style values in validated fields, huge numbers and unicode oddities; for the reads, odd ids,
 * paths and query parameters. Every write there must be refused (a 4xx), so none may leave a row behind.
 */
public final class BadInputCatalogue {

    private static final String RESOURCE = "bad-input.yaml";

    private final JsonNode document;

    private BadInputCatalogue(JsonNode document) {
        this.document = document;
    }

    public static BadInputCatalogue load() {
        return new BadInputCatalogue(CatalogueFile.read(BadInputCatalogue.class, RESOURCE));
    }

    /** The endpoint groups, as printed, in the file's order. */
    public List<String> groups() {
        return List.copyOf(document.path("groups").propertyNames());
    }

    /** Every request, aimed at the run's fixtures. */
    public List<Probe> probes(Targets targets) {
        Placeholders placeholders = new Placeholders(RESOURCE, values(targets), SuiteFixtures.tinyPng());
        List<Probe> probes = new ArrayList<>();
        for (String group : groups()) {
            for (JsonNode entry : document.path("groups").path(group)) {
                if (entry.has("shapes")) {
                    String[] request = entry.path("shapes").asString().split(" ", 2);
                    Placeholders aimed = placeholders.with(Map.of("method", request[0], "path", request[1]));
                    document.path("shapes").forEach(shape -> probes.add(probe(group, shape, "${method} ${path}", aimed)));
                } else if (entry.has("reads")) {
                    Placeholders aimed = placeholders.with(Map.of("collection", entry.path("reads").path("collection").asString(),
                            "member", entry.path("reads").path("member").asString()));
                    document.path("reads").forEach(read -> probes.add(probe(group, read, read.path("request").asString(), aimed)));
                } else if (entry.has("deletes")) {
                    Placeholders aimed = placeholders.with(Map.of("collection", entry.path("deletes").asString()));
                    document.path("deletes").forEach(delete -> probes.add(probe(group, delete, delete.path("request").asString(), aimed)));
                } else {
                    probes.add(probe(group, entry, entry.path("request").asString(), placeholders));
                }
            }
        }
        return List.copyOf(probes);
    }

    private Map<String, String> values(Targets targets) {
        Map<String, String> values = new LinkedHashMap<>();
        document.path("values").properties().forEach(value -> values.put(value.getKey(), value.getValue().asString()));
        values.put("tag", targets.tag());
        values.put("TAG", targets.tag().toUpperCase(Locale.ROOT));
        values.putAll(Map.of("customer", targets.customer(), "measurement", targets.measurement(),
                "inventoryItem", targets.inventoryItem(), "change", targets.change(), "order", targets.order(),
                "orderItem", targets.orderItem(), "payment", targets.payment(), "image", targets.image(), "user", targets.user()));
        return values;
    }

    private static Probe probe(String group, JsonNode entry, String request, Placeholders placeholders) {
        String[] methodAndPath = placeholders.text(request).split(" ", 2);
        Map<String, String> headers = new LinkedHashMap<>();
        entry.path("headers").properties().forEach(header -> headers.put(header.getKey(), placeholders.text(header.getValue().asString())));
        String contentType;
        byte[] body;
        if (entry.has("upload")) {
            Multipart form = CatalogueFile.upload(entry.path("upload"), placeholders);
            contentType = form.contentType();
            body = entry.path("unterminated").asBoolean(false) ? form.unterminated() : form.body();
        } else {
            body = entry.has("body") ? placeholders.bytes(entry.path("body").asString()) : null;
            contentType = body == null ? null : Probe.JSON;
        }
        if (entry.has("contentType")) {
            contentType = entry.path("contentType").isNull() ? null : placeholders.text(entry.path("contentType").asString());
        }
        return new Probe(group, entry.path("what").asString(), entry.path("as").asString("lead"), methodAndPath[0], methodAndPath[1],
                contentType, body, headers);
    }
}
