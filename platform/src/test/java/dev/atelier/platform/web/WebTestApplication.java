package dev.atelier.platform.web;

import org.springframework.boot.SpringBootConfiguration;

/** The smallest boot configuration {@code @WebFluxTest} needs to start from. */
@SpringBootConfiguration
class WebTestApplication {
}
