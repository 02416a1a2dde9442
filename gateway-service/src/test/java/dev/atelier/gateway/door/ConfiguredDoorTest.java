package dev.atelier.gateway.door;

import dev.atelier.gateway.GatewayTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The gateway with browser origins configured and small body limits, so the tests need not send
 * megabytes: 1 KiB for JSON, 4 KiB + 1 KiB multipart room for uploads.
 */
@TestPropertySource(properties = {
        "atelier.gateway.cors.allowed-origins=https://atelier.example, http://localhost:*",
        "atelier.gateway.limits.max-body=1KB",
        "atelier.gateway.limits.max-upload=4KB",
        "atelier.gateway.limits.multipart-overhead=1KB" })
abstract class ConfiguredDoorTest extends GatewayTest {
}
