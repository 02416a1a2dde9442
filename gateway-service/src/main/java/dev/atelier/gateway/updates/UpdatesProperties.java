package dev.atelier.gateway.updates;

import dev.atelier.platform.event.Topics;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atelier.gateway.updates}: the live-update stream ({@code GET /api/updates}).
 *
 * @param topics        the event topics it follows
 * @param replayWindow  how far back a reconnecting client is given what it missed (and what a replica reads
 *                      back at start)
 * @param keep          at most this many updates are kept for that, however short the window
 * @param maxStreams    open streams per gateway replica; more get 503
 * @param clientQueue   messages queued for one client before it counts as too slow and its stream ends
 * @param heartbeat     how often a quiet stream is sent its position (keeps proxies from closing it)
 * @param maxDuration   a stream ends after this (or when its bearer token expires, if sooner); clients reconnect
 */
@Validated
@ConfigurationProperties("atelier.gateway.updates")
record UpdatesProperties(
        @DefaultValue({Topics.ORDER_EVENTS, Topics.STOCK_EVENTS, Topics.CUSTOMER_EVENTS}) @NotEmpty List<String> topics,
        @DefaultValue("5m") Duration replayWindow,
        @DefaultValue("20000") @Min(1) int keep,
        @DefaultValue("1000") @Min(1) int maxStreams,
        @DefaultValue("256") @Min(8) @Max(65_536) int clientQueue,
        @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("30m") Duration maxDuration) {
}
