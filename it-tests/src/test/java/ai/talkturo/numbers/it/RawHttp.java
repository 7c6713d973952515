package ai.talkturo.numbers.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte over a socket, for requests an ordinary client would tidy up first: paths with
 * matrix parameters, dot segments, double slashes or bad percent-encoding, unknown methods, oversized headers.
 */
public final class RawHttp {

    private final String host;
    private final int port;

    public RawHttp(URL deployment) {
        this.host = deployment.getHost();
        this.port = deployment.getPort();
    }

    /** What came back: the status, the headers (names in lower case, the last of each) and the body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public Api.Answer asAnswer() {
            return new Api.Answer(status, headers.getOrDefault("content-type", ""), body);
        }
    }

    public Reply send(String method, String rawPath, String key, String body) {
        return send(method, rawPath, key == null ? Map.of() : Map.of("Authorization", "Bearer " + key), body);
    }

    public Reply send(String method, String rawPath, Map<String, String> headers, String body) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            if (!headers.containsKey("Content-Type")) {
                head.append("Content-Type: application/json\r\n");
            }
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("sending " + method + " " + abbreviated(rawPath), e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + abbreviated(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunked(rest) : rest;
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
