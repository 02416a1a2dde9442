package dev.atelier.customer.customers.domain;

import java.util.List;
import java.util.UUID;

/** What a list call asks for: free text (null: any), archived ones too, only these ids (null or empty: any). */
public record CustomerFilter(String query, boolean includeArchived, List<UUID> ids) {
}
