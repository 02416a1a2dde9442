package dev.atelier.platform.web;

import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** {@link JsonMergePatch} for services whose {@code PATCH} takes {@code application/merge-patch+json}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public final class JsonMergePatchAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JsonMergePatch jsonMergePatch(JsonMapper json, Validator validator) {
        return new JsonMergePatch(json, validator);
    }
}
