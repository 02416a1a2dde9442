package dev.atelier.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link ContractCheck} for the gateway: its document describes its own endpoints; the paths it
 * routes to the services are in theirs (and checked there), so exchanges on paths its document
 * does not have are not checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractCheckOfOwnPaths {

    @Bean
    WebTestClientBuilderCustomizer contractCheckingWebTestClient(Environment environment) {
        return ContractCheck.Validator.customizer(environment, true);
    }
}
