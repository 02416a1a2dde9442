package dev.atelier.platform.text;

import org.springframework.boot.SpringBootConfiguration;

@SpringBootConfiguration
class TextTestApplication {
}
