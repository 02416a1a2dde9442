package dev.atelier.platform.error;

import org.springframework.boot.SpringBootConfiguration;

/** The smallest boot configuration {@code @WebFluxTest} needs to start from. */
@SpringBootConfiguration
class ErrorTestApplication {
}
