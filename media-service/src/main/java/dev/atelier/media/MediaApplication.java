package dev.atelier.media;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Atelier media-service: style images in S3 with metadata in PostgreSQL. */
@SpringBootApplication
@EnableConfigurationProperties(MediaProperties.class)
public class MediaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediaApplication.class, args);
    }
}
