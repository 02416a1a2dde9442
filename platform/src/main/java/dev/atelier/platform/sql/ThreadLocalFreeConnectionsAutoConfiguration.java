package dev.atelier.platform.sql;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.context.annotation.Bean;

/** Boot wraps the driver's connection factory (inside the pool) in {@link ThreadLocalFreeConnections}. */
@AutoConfiguration
@ConditionalOnClass(name = {"org.springframework.boot.r2dbc.ConnectionFactoryDecorator", "io.r2dbc.spi.ConnectionFactory",
    "io.micrometer.context.ContextRegistry"})
public class ThreadLocalFreeConnectionsAutoConfiguration {

    @Bean
    ConnectionFactoryDecorator threadLocalFreeConnections() {
        return ThreadLocalFreeConnections::of;
    }
}
