package dev.atelier.platform.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every Atelier application shares (actuator, metrics, tracing, discovery refresh),
 * from {@code atelier-defaults.yml} in this library, added behind everything else so a service's
 * own {@code application.yml} and the environment still win. In the {@code docker} and
 * {@code kubernetes} profiles the console log is structured JSON (ECS); elsewhere readable text.
 */
public final class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "atelier-defaults.yml";
    static final String STRUCTURED_LOG_PROFILES = "docker | kubernetes";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> defaults = new YamlPropertySourceLoader()
                    .load("atelier-platform-defaults", new ClassPathResource(DEFAULTS, getClass().getClassLoader()));
            defaults.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
        if (environment.matchesProfiles(STRUCTURED_LOG_PROFILES)) {
            environment.getPropertySources().addLast(new MapPropertySource("atelier-structured-logging",
                    Map.of("logging.structured.format.console", "ecs")));
        }
    }

    /** After the config data, so the active profiles are known. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
