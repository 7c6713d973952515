package ai.talkturo.numbers.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Numbers", version = "1",
                description = "Phone numbers for AI voice assistants: search, buy, assign, route and call."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A partner key, or the operator key for /api/admin")
public class ApiApplication extends Application {
}
