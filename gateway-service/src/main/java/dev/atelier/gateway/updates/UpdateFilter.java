package dev.atelier.gateway.updates;

import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.ForbiddenInputException;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What one client asked to hear about ({@code ?orderId=&customerId=&inventoryItemId=&types=}), within what
 * its role may see. Every criterion given must match; none given means everything visible.
 */
record UpdateFilter(boolean lead, @Nullable UUID orderId, @Nullable UUID customerId, @Nullable UUID inventoryItemId,
        Set<String> types) implements Predicate<Update> {

    UpdateFilter {
        types = Set.copyOf(types);
    }

    /**
     * Reads the query; ids must be UUIDs and types must be ones the feed passes on.
     *
     * @throws ForbiddenInputException a junior asked for a type only leads may see (payments)
     * @throws ValidationFailedException naming each bad parameter
     */
    static UpdateFilter of(boolean lead, @Nullable String orderId, @Nullable String customerId,
            @Nullable String inventoryItemId, @Nullable String types) {
        List<FieldProblem> problems = new ArrayList<>();
        UpdateFilter filter = new UpdateFilter(lead, uuid("orderId", orderId, problems),
                uuid("customerId", customerId, problems), uuid("inventoryItemId", inventoryItemId, problems),
                types(types, problems));
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        if (!lead && filter.types().stream().anyMatch(UpdateTypes::leadOnly)) {
            throw new ForbiddenInputException("types", "Only lead designers may follow payments.");
        }
        return filter;
    }

    @Override
    public boolean test(Update update) {
        return UpdateTypes.visible(update.type(), lead)
                && (types.isEmpty() || types.contains(update.type()))
                && (orderId == null || orderId.equals(update.orderId()))
                && (customerId == null || customerId.equals(update.customerId()))
                && (inventoryItemId == null || inventoryItemId.equals(update.inventoryItemId()));
    }

    private static @Nullable UUID uuid(String name, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "must be a UUID"));
            return null;
        }
    }

    private static Set<String> types(@Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> types = new TreeSet<>();
        for (String type : value.split(",")) {
            String name = type.strip();
            if (!name.isEmpty()) {
                types.add(name);
            }
        }
        List<String> unknown = types.stream().filter(type -> !UpdateTypes.names().contains(type)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("types", "unknown update type " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", new TreeSet<>(UpdateTypes.names()))));
        }
        types.retainAll(UpdateTypes.names());
        return types;
    }
}
