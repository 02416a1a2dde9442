package dev.atelier.platform.error;

import dev.atelier.platform.domain.InvalidValueException;
import dev.atelier.platform.domain.RefusalException;

/**
 * The one place where the services' domain refusals become problems: a broken value is the 400
 * validation problem naming each field it broke, a refusal of the current state a 409 naming what
 * would have been allowed. Only the failure itself is mapped, not a cause: a value that broke a
 * rule while a body or parameter was read is a malformed request, which the handler describes.
 */
final class DomainRefusals {

    private DomainRefusals() {
    }

    /** The platform exception for a domain refusal; any other failure as it is. */
    static Throwable asProblem(Throwable failure) {
        return switch (failure) {
            case InvalidValueException invalid -> new ValidationFailedException(invalid.all().stream()
                    .map(broken -> new FieldProblem(broken.field(), broken.getMessage())).toList());
            case RefusalException refused -> new ConflictException(refused.getMessage(), refused.properties());
            default -> failure;
        };
    }
}
