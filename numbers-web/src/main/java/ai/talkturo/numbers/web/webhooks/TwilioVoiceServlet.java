package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.routing.RouteInboundCall;
import ai.talkturo.numbers.web.api.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Twilio's voice webhook, the product's hot path, as a plain servlet: no JAX-RS dispatch, no per-request beans and no
 * database. The signature is checked against the public URL Twilio called (with the token of the account the number
 * is in, {@link TwilioAccounts}), then the answer comes from the in-memory
 * routing table. For an outbound call (our number is {@code From}) it is the same assistant that takes over once the
 * callee answers. {@code …/voice/after-stream} is Twilio's follow-up once an assistant's stream ends. Its exact
 * mappings take precedence over the JAX-RS webhooks under {@code /webhooks/*}.
 */
@WebServlet(urlPatterns = {TwilioVoiceServlet.PATH, TwilioVoiceServlet.PATH + VoiceAnswers.AFTER_STREAM})
public class TwilioVoiceServlet extends HttpServlet {

    static final String PATH = "/webhooks/twilio/voice";
    /** Twilio's webhooks are a few kilobytes; anything far larger is not Twilio. */
    private static final int LONGEST_BODY = 64 * 1024;

    @Inject
    transient RouteInboundCall routing;
    @Inject
    transient TwilioAccounts accounts;
    private transient String publicUrl;
    private transient String afterStreamUrl;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        publicUrl = config.getValue("numbers.public-base-url", String.class).replaceFirst("/+$", "") + PATH;
        afterStreamUrl = publicUrl + VoiceAnswers.AFTER_STREAM;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problem(response, 405, "method_not_allowed", "Method not allowed", "this resource takes POST");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            problem(response, 415, "unsupported_media_type", "Send application/x-www-form-urlencoded",
                    "Twilio posts its webhook as a form");
            return;
        }
        Map<String, List<String>> form;
        try {
            form = FormFields.parse(body(request));
        } catch (IllegalArgumentException malformed) {
            problem(response, 400, "validation_failed", "The request is not valid", malformed.getMessage());
            return;
        }
        boolean afterStream = request.getServletPath().endsWith(VoiceAnswers.AFTER_STREAM);
        String called = afterStream ? afterStreamUrl : publicUrl;
        String query = request.getQueryString();
        String url = query == null ? called : called + "?" + query;
        if (accounts.signer(url, form, request.getHeader(TwilioSignature.HEADER)).isEmpty()) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, Problem.codeFor(HttpServletResponse.SC_FORBIDDEN),
                    "The signature does not verify", "X-Twilio-Signature does not verify over this URL and form");
            return;
        }
        write(response, HttpServletResponse.SC_OK, "application/xml;charset=UTF-8", afterStream
                ? VoiceAnswers.afterStream(routing, form)
                : VoiceAnswers.call(routing, form, afterStreamUrl, query));
    }

    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LONGEST_BODY) {
            throw new IllegalArgumentException("the body is longer than " + LONGEST_BODY + " bytes");
        }
        int length = request.getContentLength();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(length >= 0 ? length : LONGEST_BODY + 1);
            if (body.length > LONGEST_BODY) {
                throw new IllegalArgumentException("the body is longer than " + LONGEST_BODY + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        write(response, status, Problem.MEDIA_TYPE, Problem.json(status, code, title, detail));
    }

    private static void write(HttpServletResponse response, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
