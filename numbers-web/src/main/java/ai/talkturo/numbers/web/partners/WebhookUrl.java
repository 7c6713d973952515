package ai.talkturo.numbers.web.partners;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Where a partner's events may go: an absolute http or https URL with a host, without credentials or fragment. */
public final class WebhookUrl {

    public static final int LONGEST = 2_000;

    private WebhookUrl() {
    }

    /** The URL {@code text} names, when events may be sent there. */
    public static Optional<URI> parse(String text) {
        if (text == null || text.isBlank() || text.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            URI url = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
            if (!web || url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
