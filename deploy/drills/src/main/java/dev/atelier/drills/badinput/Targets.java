package dev.atelier.drills.badinput;

/**
 * Real ids the bad requests aim at (created as fixtures before the rows are counted), so a bad body
 * reaches the service's own checks rather than stopping at "not found".
 */
public record Targets(String tag, String customer, String measurement, String inventoryItem, String change, String order, String orderItem,
        String payment, String image, String user) {
}
