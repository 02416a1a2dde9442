package dev.atelier.platform.event;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** The CloudEvents JSON codec over the {@link JsonMapper} Boot configures. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBean(JsonMapper.class)
public class EventAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudEventsJson cloudEventsJson(JsonMapper jsonMapper) {
        return new CloudEventsJson(jsonMapper);
    }
}
