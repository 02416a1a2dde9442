package dev.atelier.platform.openapi;

import dev.atelier.platform.web.PageQuery;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The platform's OpenAPI conventions, for every service that has springdoc on its classpath.
 * Springdoc itself is an optional dependency of the platform.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocConfigProperties.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    static {
        // PageQuery is read by its own argument resolver; PageQueryParameters declares it instead.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    }

    @Bean
    PageQueryParameters atelierPageQueryParameters() {
        return new PageQueryParameters();
    }

    @Bean
    ProblemResponsesCustomizer atelierProblemResponses() {
        return new ProblemResponsesCustomizer();
    }

    @Bean
    OperationAnnotations atelierOperationAnnotations(ObjectProvider<SpringDocConfigProperties> springdoc) {
        SpringDocConfigProperties properties = springdoc.getIfAvailable();
        return new OperationAnnotations(properties == null || properties.isOpenapi31());
    }

    @Bean
    RecordNullability atelierRecordNullability() {
        return new RecordNullability();
    }

    @Bean
    ApiInfoCustomizer atelierApiInfo(OpenApiProperties properties, Environment environment,
            ObjectProvider<BuildProperties> build) {
        BuildProperties buildProperties = build.getIfAvailable();
        return new ApiInfoCustomizer(properties, environment.getProperty("spring.application.name", "atelier"),
                buildProperties != null ? buildProperties.getVersion() : null);
    }

}
