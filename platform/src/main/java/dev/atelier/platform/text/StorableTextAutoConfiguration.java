package dev.atelier.platform.text;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string a service reads is checked by {@link StorableText} (Boot registers {@link JacksonModule}
 * beans with its {@link JsonMapper}). Found by {@code ./atelier drill bad-input}: a NUL in any text field
 * answered 500 in four services.
 */
@AutoConfiguration
@ConditionalOnClass(JsonMapper.class)
public final class StorableTextAutoConfiguration {

    @Bean
    JacksonModule atelierStorableTextModule() {
        return storableTextModule();
    }

    /** The module on its own, for mappers built outside Spring. */
    public static JacksonModule storableTextModule() {
        return new SimpleModule("atelier-storable-text").addDeserializer(String.class, new StorableTextDeserializer());
    }
}
