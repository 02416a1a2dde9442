package dev.atelier.gateway.console;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The console's built files: Vite names every asset after its content, so a browser may keep
 * them for a year without asking again; {@code index.html} and the rest keep Spring's default
 * (revalidated), so a new release is seen on the next load.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleFiles implements WebFluxConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
            .addResourceLocations("classpath:/static/assets/")
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

}
