package dev.atelier.platform.time;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.*} time settings.
 *
 * @param timeZone the shop's time zone (an IANA name such as {@code America/Los_Angeles}): "today" for
 *     delivery dates and overdue orders is the date there. Set with {@code ATELIER_TIME_ZONE}
 *     ({@code atelier-defaults.yml} maps it).
 */
@ConfigurationProperties("atelier")
public record ShopTimeProperties(@DefaultValue("UTC") ZoneId timeZone) {
}
