package dev.atelier.gateway.console;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Who is signed in, for the console's header and for what it offers: the login name, the
 * display name and the designer roles as the users API spells them.
 */
@Schema(description = "The signed-in designer.")
record CurrentDesigner(@Schema(example = "lead") String username,
        @Schema(description = "First and last name (the user name when Keycloak has none)", example = "Amara Okafor") String name,
        @ArraySchema(schema = @Schema(allowableValues = { "lead_designer", "junior_designer" }),
                arraySchema = @Schema(description = "The designer roles; lead_designer sees money and may write everything"))
        List<String> roles) {
}
