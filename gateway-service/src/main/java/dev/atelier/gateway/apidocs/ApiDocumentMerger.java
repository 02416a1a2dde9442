package dev.atelier.gateway.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joins the gateway's own OpenAPI document and every service's into one document for the whole
 * API, from which one client for the suite is generated. The services' operationIds and schema
 * names are unique across the suite, so the join only adds; a clash (the same operation twice, one
 * name for two different schemas) keeps the first and is listed in {@code x-merge-conflicts}.
 */
final class ApiDocumentMerger {

    static final String CONFLICTS = "x-merge-conflicts";

    private ApiDocumentMerger() {
    }

    /** {@code gateway} first, then each service's document in order; none of them is changed. */
    static ObjectNode merge(ObjectNode gateway, Map<String, ObjectNode> services) {
        ObjectNode merged = gateway.deepCopy();
        ObjectNode info = merged.putObject("info");
        info.put("title", "Atelier API");
        info.put("version", gateway.path("info").path("version").asString("0.0.0"));
        info.put("description", "The whole Atelier API behind the gateway: " + String.join(", ", services.keySet())
                + " and the gateway's own (auth, users). One document for one generated client.");
        List<String> conflicts = new ArrayList<>();
        Map<String, String> operationIds = operationIds(merged, "gateway", conflicts);
        services.forEach((service, document) -> {
            joinPaths(merged.withObjectProperty("paths"), document.path("paths"), service, operationIds, conflicts);
            joinComponents(merged.withObjectProperty("components"), document.path("components"), service, conflicts);
            joinTags(merged, document.path("tags"));
        });
        if (!conflicts.isEmpty()) {
            ArrayNode list = merged.putArray(CONFLICTS);
            conflicts.forEach(list::add);
        }
        return merged;
    }

    private static Map<String, String> operationIds(ObjectNode document, String owner, List<String> conflicts) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String id = operation.getValue().path("operationId").asString("");
                if (!id.isEmpty() && ids.putIfAbsent(id, owner) != null) {
                    conflicts.add("operationId " + id + " twice in " + owner);
                }
            }
        }
        return ids;
    }

    private static void joinPaths(ObjectNode paths, JsonNode added, String service, Map<String, String> operationIds,
            List<String> conflicts) {
        for (Map.Entry<String, JsonNode> path : added.properties()) {
            ObjectNode item = paths.withObjectProperty(path.getKey());
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (item.has(operation.getKey())) {
                    conflicts.add(operation.getKey() + " " + path.getKey() + " of " + service + " is already declared");
                    continue;
                }
                String id = operation.getValue().path("operationId").asString("");
                String owner = id.isEmpty() ? null : operationIds.putIfAbsent(id, service);
                if (owner != null) {
                    conflicts.add("operationId " + id + " of " + service + " is also " + owner + "'s");
                }
                item.set(operation.getKey(), operation.getValue().deepCopy());
            }
        }
    }

    private static void joinComponents(ObjectNode components, JsonNode added, String service, List<String> conflicts) {
        for (Map.Entry<String, JsonNode> section : added.properties()) {
            ObjectNode target = components.withObjectProperty(section.getKey());
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                JsonNode existing = target.get(component.getKey());
                if (existing == null) {
                    target.set(component.getKey(), component.getValue().deepCopy());
                }
                else if (!existing.equals(component.getValue()) && !"securitySchemes".equals(section.getKey())) {
                    conflicts.add(section.getKey() + " " + component.getKey() + " of " + service + " differs from one already declared");
                }
            }
        }
    }

    private static void joinTags(ObjectNode merged, JsonNode added) {
        if (!added.isArray()) {
            return;
        }
        ArrayNode tags = merged.has("tags") && merged.get("tags").isArray() ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
        for (JsonNode tag : added) {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag.deepCopy());
            }
        }
    }

}
