package dev.atelier.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpMethod;

/**
 * The method and path patterns only a lead designer may call, declared once per service as a
 * bean. The shared filter chain checks them before a controller reads the body or parameters,
 * so a junior gets 403 whatever they send; {@code @PreAuthorize} on the handler stays as a
 * second line.
 */
public final class AccessRules {

    /** One rule: {@code method} on paths matching {@code pattern} (Spring's path-pattern syntax). */
    public record LeadOnly(HttpMethod method, String pattern) {
        public LeadOnly {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * A query parameter only a lead may send on {@code method} {@code pattern}: when
     * {@code sortField} is null, the parameter itself (e.g. {@code paymentStatus}); otherwise a
     * {@code sort} by that field (e.g. {@code sort=price,asc}).
     */
    public record LeadOnlyParameter(HttpMethod method, String pattern, String parameter, String sortField) {
        public LeadOnlyParameter {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    private static final AccessRules NONE = new AccessRules(List.of(), List.of());

    private final List<LeadOnly> leadOnly;

    private final List<LeadOnlyParameter> leadOnlyParameters;

    private AccessRules(List<LeadOnly> leadOnly, List<LeadOnlyParameter> leadOnlyParameters) {
        this.leadOnly = List.copyOf(leadOnly);
        this.leadOnlyParameters = List.copyOf(leadOnlyParameters);
    }

    /** No lead-only paths: every authenticated designer passes the filter chain. */
    public static AccessRules none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<LeadOnly> leadOnly() {
        return this.leadOnly;
    }

    public List<LeadOnlyParameter> leadOnlyParameters() {
        return this.leadOnlyParameters;
    }

    public static final class Builder {

        private final List<LeadOnly> rules = new ArrayList<>();

        private final List<LeadOnlyParameter> parameters = new ArrayList<>();

        private Builder() {
        }

        /** Lead-only for each of {@code methods} on every pattern given. */
        public Builder leadOnly(List<HttpMethod> methods, String... patterns) {
            for (String pattern : patterns) {
                for (HttpMethod method : methods) {
                    this.rules.add(new LeadOnly(method, pattern));
                }
            }
            return this;
        }

        public Builder leadOnly(HttpMethod method, String... patterns) {
            return leadOnly(List.of(method), patterns);
        }

        /** Writes (POST, PUT, PATCH, DELETE) on the patterns are lead-only; reads stay open to designers. */
        public Builder leadOnlyWrites(String... patterns) {
            return leadOnly(List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE), patterns);
        }

        /** Every method on the patterns is lead-only (reads too, e.g. payments). */
        public Builder leadOnlyAll(String... patterns) {
            return leadOnly(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                    HttpMethod.DELETE), patterns);
        }

        /** Only leads may send these query parameters to {@code GET pattern} (they reveal money). */
        public Builder leadOnlyParameters(String pattern, String... parameters) {
            for (String parameter : parameters) {
                this.parameters.add(new LeadOnlyParameter(HttpMethod.GET, pattern, parameter, null));
            }
            return this;
        }

        /** Only leads may sort {@code GET pattern} by these fields ({@code sort=field[,asc|desc]}). */
        public Builder leadOnlySortBy(String pattern, String... fields) {
            for (String field : fields) {
                this.parameters.add(new LeadOnlyParameter(HttpMethod.GET, pattern, "sort", field));
            }
            return this;
        }

        public AccessRules build() {
            return new AccessRules(this.rules, this.parameters);
        }
    }

}
