package dev.atelier.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RegistryCredentialsTest {

    @Test
    void the_platform_defaults_give_every_service_the_local_registry_account() {
        StandardEnvironment environment = environment(Map.of(RegistryCredentials.SERVICE_URL, "http://127.0.0.1:8761/eureka/"));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        new RegistryCredentials().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(RegistryCredentials.SERVICE_URL))
                .isEqualTo("http://atelier:atelier-local-registry@127.0.0.1:8761/eureka/");
    }

    @Test
    void the_eureka_client_line_that_prints_the_service_url_is_kept_out_of_the_log() {
        StandardEnvironment environment = environment(Map.of());
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(
                "logging.level.com.netflix.discovery.shared.transport.decorator.RedirectingEurekaHttpClient")).isEqualTo("WARN");
    }

    @Test
    void the_environment_names_the_account_and_odd_characters_are_encoded() {
        StandardEnvironment environment = environment(Map.of(
                RegistryCredentials.SERVICE_URL, "http://discovery-service:8761/eureka/",
                RegistryCredentials.USERNAME, "svc",
                RegistryCredentials.PASSWORD, "p@ss:w/rd 1+"));
        new RegistryCredentials().postProcessEnvironment(environment, new SpringApplication());
        URI url = URI.create(environment.getProperty(RegistryCredentials.SERVICE_URL));
        assertThat(url.getUserInfo()).as("what Spring Cloud Netflix decodes for Basic").isEqualTo("svc:p@ss:w/rd 1+");
        assertThat(url.getHost()).isEqualTo("discovery-service");
        assertThat(url.getPath()).isEqualTo("/eureka/");
    }

    @Test
    void every_url_of_a_list_gets_them_and_one_with_its_own_user_is_kept() {
        assertThat(RegistryCredentials.withCredentials("http://a:8761/eureka/, http://x:y@b:8761/eureka/", "u", "p"))
                .isEqualTo("http://u:p@a:8761/eureka/,http://x:y@b:8761/eureka/");
    }

    @Test
    void without_a_service_url_nothing_is_added() {
        StandardEnvironment environment = environment(Map.of(RegistryCredentials.USERNAME, "u", RegistryCredentials.PASSWORD, "p"));
        new RegistryCredentials().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getPropertySources().contains(RegistryCredentials.SOURCE)).isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
