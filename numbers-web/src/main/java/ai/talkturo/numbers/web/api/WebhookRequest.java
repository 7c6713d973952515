package ai.talkturo.numbers.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;

/** The body of {@code PUT /api/webhook}: where the account's events go. */
public class WebhookRequest {

    static final int URL = 2_000;
    private static final String NOT_A_URL = "must be an absolute http or https URL";

    @NotBlank
    @Size(max = URL)
    @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = NOT_A_URL)
    public String url;

    URI url() {
        try {
            URI parsed = new URI(url);
            if (parsed.getHost() == null || parsed.getRawUserInfo() != null || parsed.getRawFragment() != null) {
                throw new InvalidRequest("url", NOT_A_URL + ", without credentials or fragment");
            }
            return parsed;
        } catch (URISyntaxException e) {
            throw new InvalidRequest("url", NOT_A_URL);
        }
    }
}
