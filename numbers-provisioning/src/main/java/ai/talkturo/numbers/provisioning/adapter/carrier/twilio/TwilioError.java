package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

/**
 * An error answer of Twilio: {@code {"code": 21631, "message": "…", "more_info": "…", "status": 400}}. An answer
 * that is not such a body keeps the HTTP status, code 0 and the start of the body as its message.
 */
record TwilioError(int status, int code, String message) {

    static final int TOO_MANY_REQUESTS = 20429;

    static TwilioError read(int status, String body) {
        return TwilioJson.object(body)
                .map(json -> new TwilioError(status, TwilioJson.integer(json, "code"),
                        orElse(TwilioJson.text(json, "message"), "no message")))
                .orElseGet(() -> new TwilioError(status, 0, body == null || body.isBlank()
                        ? "HTTP " + status : abbreviate(body.strip())));
    }

    boolean tooManyRequests() {
        return status == 429 || code == TOO_MANY_REQUESTS;
    }

    /** As a person reads it in a log or a status reason: {@code "Address required (Twilio error 21631, HTTP 400)"}. */
    String describe() {
        return message + " (Twilio " + (code == 0 ? "" : "error " + code + ", ") + "HTTP " + status + ")";
    }

    private static String orElse(String text, String fallback) {
        return text == null ? fallback : text;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
