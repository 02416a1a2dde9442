package dev.atelier.platform.error;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The name a client gave a request parameter, path variable or header, for the problem that names it. */
final class ParameterNames {

    private ParameterNames() {
    }

    /** The client's name for {@code parameter}; else {@code fallback}, else "parameter". */
    static String of(@Nullable MethodParameter parameter, @Nullable String fallback) {
        if (parameter != null) {
            // The name the client used, which may differ from the Java parameter's.
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                return firstNonEmpty(param.name(), param.value(), parameter.getParameterName());
            }
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null) {
                return firstNonEmpty(variable.name(), variable.value(), parameter.getParameterName());
            }
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null) {
                return firstNonEmpty(header.name(), header.value(), parameter.getParameterName());
            }
            if (parameter.getParameterName() != null) {
                return parameter.getParameterName();
            }
        }
        return (fallback != null) ? fallback : "parameter";
    }

    private static String firstNonEmpty(String name, String value, @Nullable String javaName) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        return (javaName != null) ? javaName : "parameter";
    }
}
