package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.security.ApiKeyFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API under {@code /api}; its classes are listed so that the webhooks application stays apart. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Numbers", version = "1",
                description = "Phone numbers for AI voice assistants: search, buy, assign, route and call.",
                contact = @Contact(name = "The operators of this Numbers installation")),
        security = @SecurityRequirement(name = "partnerKey"),
        tags = {
                @Tag(name = "Account", description = "The caller's account: its plan and limits"),
                @Tag(name = "Phone numbers", description = "Search, buy, bring in, change and release numbers"),
                @Tag(name = "Addresses", description = "Addresses the regulators ask for with some numbers"),
                @Tag(name = "Assistants", description = "The AI voice agents and the numbers they answer"),
                @Tag(name = "Calls", description = "Outbound calls from an assistant's numbers"),
                @Tag(name = "Campaigns", description = "An assistant calling a list, within each contact's calling hours"),
                @Tag(name = "Do-not-call list", description = "Numbers the account never calls"),
                @Tag(name = "Partner webhook", description = "Where the account's signed events go"),
                @Tag(name = "Operators", description = "Accounts, keys, numbers and routes, with the operator key")})
@SecurityScheme(securitySchemeName = "partnerKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A partner key: it reaches its own account's resources only")
@SecurityScheme(securitySchemeName = "operatorKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator key (numbers.admin.api-key): it reaches /api/admin only")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ApiKeyFilter.class, PartnerRateLimit.class, IdempotentPosts.class, ValidatedBodies.class, JsonConfig.class, ProblemMapper.class,
                CountriesResource.class, AccountResource.class, AssistantsResource.class, AddressesResource.class,
                PhoneNumbersResource.class, WebhookResource.class, CallsResource.class, CampaignsResource.class,
                DoNotCallResource.class, CrmCampaignsResource.class, ComplianceProfilesResource.class,
                AdminAccountsResource.class, AdminApiKeysResource.class, AdminPhoneNumbersResource.class, AdminRoutesResource.class);
    }
}
