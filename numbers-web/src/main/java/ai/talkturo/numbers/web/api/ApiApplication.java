package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.security.ApiKeyFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; its classes are listed so that the webhooks application stays apart. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Numbers", version = "1",
                description = "Phone numbers for AI voice assistants: search, buy, assign, route and call."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A partner key, or the operator key for /api/admin")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ApiKeyFilter.class, PartnerRateLimit.class, IdempotentPosts.class, ValidatedBodies.class, JsonConfig.class, ProblemMapper.class,
                CountriesResource.class, AccountResource.class, AssistantsResource.class, AddressesResource.class,
                PhoneNumbersResource.class, WebhookResource.class, CallsResource.class, CampaignsResource.class,
                DoNotCallResource.class, CrmCampaignsResource.class,
                AdminAccountsResource.class, AdminApiKeysResource.class, AdminPhoneNumbersResource.class, AdminRoutesResource.class);
    }
}
