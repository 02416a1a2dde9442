/**
 * The published OpenAPI contract, the same in every service: plain {@code page/size/sort} list
 * parameters, one {@code Problem} schema on every error, 201 + {@code Location} on creates,
 * merge-patch bodies as real schemas, required and nullable from records. Active only where
 * springdoc is on the classpath.
 */
@NullMarked
package dev.atelier.platform.openapi;

import org.jspecify.annotations.NullMarked;
