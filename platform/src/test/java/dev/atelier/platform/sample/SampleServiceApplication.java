package dev.atelier.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service with a database and events as the platform expects one: full auto-configuration, no
 * configuration code, its own migration in {@code db/migration}.
 */
@SpringBootApplication
public class SampleServiceApplication {}
