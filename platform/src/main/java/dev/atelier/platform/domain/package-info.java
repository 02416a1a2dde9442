/**
 * Plain-Java domain values every service shares: {@link dev.atelier.platform.domain.Money} (an
 * amount in an ISO-4217 currency at the currency's scale) and
 * {@link dev.atelier.platform.domain.InvalidValueException} (a broken rule naming the JSON field).
 * {@link dev.atelier.platform.domain.Ids} makes the ids of new rows and events.
 * No Spring here: services' domain code stays testable without it.
 */
package dev.atelier.platform.domain;
