package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.ReviewProfiles;
import ai.talkturo.numbers.web.security.SignatureRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code StatusCallback} of Twilio's regulatory bundles: a bundle of Numbers' own account changed status. Only a
 * request signed with Numbers' own auth token is heard; it is taken as news only, and Twilio is asked what became
 * of the bundle ({@link ReviewProfiles#heardFrom}), so a forged or stale status in the form changes nothing.
 */
@Path("twilio/compliance")
@ApplicationScoped
public class TwilioComplianceResource {

    private final ReviewProfiles reviews;
    private final TwilioAccounts accounts;
    private final String publicUrl;

    @Inject
    public TwilioComplianceResource(ReviewProfiles reviews, TwilioAccounts accounts,
                                    @ConfigProperty(name = "numbers.public-base-url") String publicBaseUrl) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.publicUrl = publicBaseUrl.replaceFirst("/+$", "") + "/webhooks/twilio/compliance";
    }

    protected TwilioComplianceResource() {
        this(null, null, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(MultivaluedMap<String, String> form, @HeaderParam(TwilioSignature.HEADER) String signature) {
        accounts.signer(publicUrl, form, signature)
                .filter(signer -> signer == TwilioSigner.NUMBERS)
                .orElseThrow(() -> new SignatureRefused("the signature does not verify"));
        String bundleSid = form.getFirst("BundleSid");
        if (bundleSid != null && !bundleSid.isBlank()) {
            reviews.heardFrom("twilio", bundleSid.strip());
        }
        return Response.noContent().build();
    }
}
