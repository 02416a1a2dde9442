package dev.atelier.platform.sql;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds a value that may be null: R2DBC needs the column's Java type to bind a null. */
public final class NullableBinding {

    private NullableBinding() {
    }

    public static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
