package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.partners.WebhookUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/webhook}: where the account's events go. */
public class WebhookRequest {

    private static final String NOT_A_URL = "must be an absolute http or https URL";

    @NotBlank
    @Size(max = WebhookUrl.LONGEST)
    @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = NOT_A_URL)
    @Schema(required = true, type = SchemaType.STRING)
    public String url;

    URI url() {
        return WebhookUrl.parse(url).orElseThrow(() -> new InvalidRequest("url", NOT_A_URL + ", without credentials or fragment"));
    }
}
