package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outbound calls of the simulated Twilio account ({@code POST …/Calls.json}), each played out on a thread of its
 * own: {@code initiated}, {@code ringing}, then answered (Twilio fetches the call's {@code Url} for its TwiML, as
 * {@code Direction=outbound-api}) and {@code completed} after {@link #talkFor(Duration)}. A number ending in
 * {@code 0000} is busy, one ending in {@code 0001} does not answer. A call placed with {@code MachineDetection} is
 * answered by a machine when its number ends in {@code 0003} (by a person otherwise), and its TwiML request and later
 * callbacks say so in {@code AnsweredBy}; TwiML that hangs up ends the call at once. Each event the request asked for in
 * {@code StatusCallbackEvent} is POSTed to its {@code StatusCallback}, signed as Twilio signs: the HMAC-SHA1 of the
 * URL followed by the sorted fields, keyed with the auth token, in {@code X-Twilio-Signature}.
 *
 * <p>The server under test tells Twilio a public URL ({@code numbers.public-base-url}) that is not where it listens in
 * a test: {@link #deliverTo(URI)} names where callbacks really go; they are signed over the public URL all the same,
 * as behind a proxy.
 */
public final class SimulatedCalls implements AutoCloseable {

    /** One callback or TwiML request sent to the server, and what the server answered. */
    public record Delivery(String callSid, String url, Map<String, String> form, int status, String body) {

        public String field(String name) {
            return form.get(name);
        }
    }

    /** A call as the simulated Twilio holds it. */
    public record Call(String sid, String from, String to, String url, String statusCallback, List<String> events,
                       Instant createdAt, String status, Instant endedAt, String machineDetection) {
    }

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String accountSid;
    private final String authToken;
    private final Predicate<String> owned;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Call> calls = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger mostActive = new AtomicInteger();
    private final Map<String, Boolean> hungUp = new ConcurrentHashMap<>();
    private final ExecutorService lines = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "twilio-simulator-call");
        thread.setDaemon(true);
        return thread;
    });
    private volatile URI deliverTo;
    private volatile Duration ringFor = Duration.ofMillis(150);
    private volatile Duration talkFor = Duration.ofMillis(600);

    SimulatedCalls(String accountSid, String authToken, Predicate<String> owned) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.owned = owned;
    }

    /** Where callbacks really go, such as {@code http://127.0.0.1:8081/}; its scheme, host and port replace the URL's. */
    public SimulatedCalls deliverTo(URI server) {
        this.deliverTo = server;
        return this;
    }

    /** How long an answered call lasts before it completes. */
    public SimulatedCalls talkFor(Duration duration) {
        this.talkFor = duration;
        return this;
    }

    /** How long a call rings before it is answered (or found busy, or given up). */
    public SimulatedCalls ringFor(Duration duration) {
        this.ringFor = duration;
        return this;
    }

    public List<Call> all() {
        synchronized (calls) {
            return List.copyOf(calls.values());
        }
    }

    public Optional<Call> bySid(String sid) {
        return Optional.ofNullable(calls.get(sid));
    }

    /** The callbacks and TwiML requests sent so far, in the order they were answered. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    public List<Delivery> deliveries(String callSid) {
        return deliveries().stream().filter(delivery -> delivery.callSid().equals(callSid)).toList();
    }

    /** How many calls were going on at once at most: from their creation until their end was called back. */
    public int mostAtOnce() {
        return mostActive.get();
    }

    /** Ends every call at once and for all, as if the account hung up everything. */
    public void hangUpAll() {
        all().forEach(call -> hungUp.put(call.sid(), true));
    }

    @Override
    public void close() {
        lines.shutdownNow();
    }

    /**
     * Answers {@code POST …/Calls.json}: {@code 201} with the call, {@code queued}, or Twilio's error for a request
     * that cannot be placed.
     */
    SimulatedAnswer create(Map<String, List<String>> form) {
        String to = field(form, "To");
        String from = field(form, "From");
        if (to == null || from == null) {
            return error(400, 21201, "No 'To' number is specified");
        }
        long instructions = List.of("Url", "Twiml", "ApplicationSid").stream().filter(name -> field(form, name) != null).count();
        if (instructions != 1) {
            return error(400, 21205, "Exactly one of Url, Twiml or ApplicationSid is required");
        }
        if (!valid(to)) {
            return error(400, 21211, "Invalid 'To' Phone Number: " + to);
        }
        if (!owned.test(from)) {
            return error(400, 21210, "The source phone number provided, " + from + ", is not yet verified for your account. "
                    + "You may only make calls from phone numbers that you've verified or purchased from Twilio.");
        }
        List<String> events = form.getOrDefault("StatusCallbackEvent", List.of());
        Call call = new Call(newSid(), from, to, field(form, "Url"), field(form, "StatusCallback"),
                events.isEmpty() ? List.of("completed") : List.copyOf(events), Instant.now(), "queued", null,
                field(form, "MachineDetection"));
        calls.put(call.sid(), call);
        mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        lines.execute(() -> playOut(call));
        return new SimulatedAnswer(201, json(call));
    }

    private void playOut(Call call) {
        try {
            int sequence = 0;
            pause(Duration.ofMillis(20));
            callback(call, "initiated", "initiated", sequence++, Map.of());
            pause(ringFor.dividedBy(2));
            move(call, "ringing");
            callback(call, "ringing", "ringing", sequence++, Map.of());
            pause(ringFor.dividedBy(2));
            String ending;
            if (call.to().endsWith("0000")) {
                ending = "busy";
            } else if (call.to().endsWith("0001")) {
                ending = "no-answer";
            } else {
                move(call, "in-progress");
                Map<String, String> answeredBy = answeredBy(call);
                if (call.url() != null && fetchTwiml(call, answeredBy).contains("<Hangup/>")) {
                    hungUp.put(call.sid(), true);
                }
                callback(call, "answered", "in-progress", sequence++, answeredBy);
                long until = System.nanoTime() + talkFor.toNanos();
                while (System.nanoTime() < until && !hungUp.containsKey(call.sid())) {
                    pause(Duration.ofMillis(20));
                }
                ending = "completed";
            }
            end(call, ending);
            Map<String, String> last = new TreeMap<>(answeredBy(call));
            last.put("CallDuration", Long.toString(Duration.between(call.createdAt(), Instant.now()).toSeconds()));
            callback(call, "completed", ending, sequence, ending.equals("completed") ? last : Map.of());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Twilio's {@code AnsweredBy} for an answered call placed with machine detection; nothing without it. */
    private static Map<String, String> answeredBy(Call call) {
        if (call.machineDetection() == null) {
            return Map.of();
        }
        if (!call.to().endsWith("0003")) {
            return Map.of("AnsweredBy", "human");
        }
        return Map.of("AnsweredBy", call.machineDetection().equals("DetectMessageEnd") ? "machine_end_beep" : "machine_start");
    }

    private void move(Call call, String status) {
        calls.computeIfPresent(call.sid(), (sid, current) -> new Call(sid, current.from(), current.to(), current.url(),
                current.statusCallback(), current.events(), current.createdAt(), status, current.endedAt(),
                current.machineDetection()));
    }

    /** The call is over for Twilio: it no longer counts as going on, before its end is called back. */
    private void end(Call call, String status) {
        calls.computeIfPresent(call.sid(), (sid, current) -> new Call(sid, current.from(), current.to(), current.url(),
                current.statusCallback(), current.events(), current.createdAt(), status, Instant.now(),
                current.machineDetection()));
        active.decrementAndGet();
    }

    private void callback(Call call, String event, String status, int sequence, Map<String, String> extra) {
        if (call.statusCallback() == null || !call.events().contains(event)) {
            return;
        }
        Map<String, String> form = fields(call, status);
        form.put("CallbackSource", "call-progress-events");
        form.put("SequenceNumber", Integer.toString(sequence));
        form.put("Timestamp", RFC_2822.format(Instant.now()));
        form.putAll(extra);
        post(call, call.statusCallback(), form);
    }

    /** Asks the call's {@code Url} for its TwiML; answers the TwiML, or nothing when the request failed. */
    private String fetchTwiml(Call call, Map<String, String> extra) {
        Map<String, String> form = fields(call, "in-progress");
        form.putAll(extra);
        return post(call, call.url(), form);
    }

    private Map<String, String> fields(Call call, String status) {
        Map<String, String> form = new TreeMap<>();
        form.put("AccountSid", accountSid);
        form.put("ApiVersion", "2010-04-01");
        form.put("CallSid", call.sid());
        form.put("CallStatus", status);
        form.put("Called", call.to());
        form.put("Caller", call.from());
        form.put("Direction", "outbound-api");
        form.put("From", call.from());
        form.put("To", call.to());
        return form;
    }

    private String post(Call call, String publicUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(reachable(publicUrl))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", signature(publicUrl, form))
                    .header("I-Twilio-Idempotency-Token", call.sid() + "-" + form.get("CallStatus"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            deliveries.add(new Delivery(call.sid(), publicUrl, Map.copyOf(form), answer.statusCode(), answer.body()));
            return answer.body();
        } catch (java.io.IOException e) {
            deliveries.add(new Delivery(call.sid(), publicUrl, Map.copyOf(form), -1, e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private URI reachable(String publicUrl) {
        URI url = URI.create(publicUrl);
        URI server = deliverTo;
        if (server == null) {
            return url;
        }
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return URI.create(server.getScheme() + "://" + server.getRawAuthority() + path);
    }

    /** Twilio's signature: Base64 of HMAC-SHA1(auth token, URL + each field's name and value, sorted by name). */
    public String signature(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject json(Call call) {
        String date = RFC_2822.format(call.createdAt());
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Calls/" + call.sid() + ".json";
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("account_sid", accountSid)
                .addNull("annotation")
                .addNull("answered_by")
                .add("api_version", "2010-04-01")
                .addNull("caller_name")
                .add("date_created", date)
                .add("date_updated", date)
                .add("direction", "outbound-api")
                .addNull("duration")
                .addNull("end_time")
                .addNull("forwarded_from")
                .add("from", call.from())
                .add("from_formatted", formatted(call.from()))
                .addNull("group_sid")
                .addNull("parent_call_sid")
                .add("phone_number_sid", "PN" + HexFormat.of().formatHex(new byte[16]))
                .addNull("price")
                .add("price_unit", "USD")
                .add("sid", call.sid())
                .addNull("start_time")
                .add("status", call.status())
                .add("subresource_uris", Json.createObjectBuilder()
                        .add("notifications", uri.replace(".json", "/Notifications.json"))
                        .add("recordings", uri.replace(".json", "/Recordings.json")))
                .add("to", call.to())
                .add("to_formatted", formatted(call.to()))
                .addNull("trunk_sid")
                .add("uri", uri)
                .add("queue_time", "0");
        return json.build();
    }

    private static String formatted(String number) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            var parsed = util.parse(number, null);
            return parsed.getCountryCode() == 1 ? util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)
                    : util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return number;
        }
    }

    private static boolean valid(String number) {
        try {
            return number.matches("^\\+[1-9]\\d{1,14}$")
                    && PhoneNumberUtil.getInstance().isValidNumber(PhoneNumberUtil.getInstance().parse(number, null));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private String newSid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "CA" + HexFormat.of().formatHex(bytes);
    }

    private static SimulatedAnswer error(int status, int code, String message) {
        return new SimulatedAnswer(status, Json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code)
                .add("status", status)
                .build());
    }

    private static String field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void pause(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    /** A status and a JSON body for the simulator to send. */
    record SimulatedAnswer(int status, JsonObject body) {
    }
}
