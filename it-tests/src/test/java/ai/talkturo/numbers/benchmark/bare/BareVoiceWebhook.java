package ai.talkturo.numbers.benchmark.bare;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ceiling the voice webhook is measured against: Twilio's voice webhook answered by a bare servlet doing only
 * the work itself, on the same Payara Micro as Numbers (deployed beside it under {@code /bare}). It reads the form,
 * checks {@code X-Twilio-Signature} (HMAC-SHA1 over the public URL and the sorted fields, compared in constant time),
 * looks the called number up in a map and writes the same TwiML Numbers writes. No framework, no CDI, no rules.
 *
 * <p>The routes come from the file named by {@code BARE_ROUTES}, one per line: number, assistant, account and
 * phone number id, separated by spaces; the token and public URL from Numbers' own variables.
 */
@WebServlet(urlPatterns = BareVoiceWebhook.PATH)
public class BareVoiceWebhook extends HttpServlet {

    static final String PATH = "/webhooks/twilio/voice";
    private static final String STREAM_URL = "wss://localhost:8443/assistants/";

    private transient Map<String, String[]> routes;
    private transient SecretKeySpec key;
    private transient String publicUrl;

    @Override
    public void init() throws ServletException {
        String token = System.getenv("NUMBERS_TWILIO_AUTH_TOKEN");
        publicUrl = System.getenv().getOrDefault("NUMBERS_PUBLIC_BASE_URL", "http://localhost:8080").replaceFirst("/+$", "") + PATH;
        key = new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
        Map<String, String> ids = new HashMap<>();
        routes = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(Path.of(System.getenv("BARE_ROUTES")), StandardCharsets.US_ASCII)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(" ");
                routes.put(fields[0], new String[] {ids.computeIfAbsent(fields[1], id -> id),
                        ids.computeIfAbsent(fields[2], id -> id), fields[3]});
            }
        } catch (IOException e) {
            throw new ServletException("cannot read the routes", e);
        }
        log("bare voice webhook: " + routes.size() + " routes");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> form = request.getParameterMap();
        if (!signed(form, request.getHeader("X-Twilio-Signature"))) {
            response.sendError(403);
            return;
        }
        String[] to = form.get("To");
        String[] route = to == null ? null : routes.get(to[0]);
        StringBuilder xml = new StringBuilder(400).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
        if (route == null) {
            xml.append("<Reject/>");
        } else {
            String[] callSid = form.get("CallSid");
            xml.append("<Connect><Stream url=\"").append(STREAM_URL).append(route[0]).append("/stream\">")
                    .append("<Parameter name=\"assistantId\" value=\"").append(route[0]).append("\"/>")
                    .append("<Parameter name=\"accountId\" value=\"").append(route[1]).append("\"/>")
                    .append("<Parameter name=\"phoneNumberId\" value=\"").append(route[2]).append("\"/>")
                    .append("<Parameter name=\"callSid\" value=\"").append(callSid == null ? "" : callSid[0]).append("\"/>")
                    .append("</Stream></Connect>");
        }
        byte[] body = xml.append("</Response>").toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private boolean signed(Map<String, String[]> form, String signature) {
        if (signature == null) {
            return false;
        }
        StringBuilder signed = new StringBuilder(1024).append(publicUrl);
        String[] names = form.keySet().toArray(new String[0]);
        Arrays.sort(names);
        for (String name : names) {
            String[] values = form.get(name).clone();
            Arrays.sort(values);
            for (String value : values) {
                signed.append(name).append(value);
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(key);
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
