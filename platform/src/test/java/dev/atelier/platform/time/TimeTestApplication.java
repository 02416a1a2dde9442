package dev.atelier.platform.time;

import org.springframework.boot.SpringBootConfiguration;

@SpringBootConfiguration
class TimeTestApplication {
}
