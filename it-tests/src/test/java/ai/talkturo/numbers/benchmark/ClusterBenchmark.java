package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.NumbersServer;
import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two instances of the built WAR clustered on this machine over one MariaDB database, measured as a cluster: how long
 * a change committed on one instance takes to change the other's webhook answer (over {@code bench.changes}
 * changes, 1,000 by default), the webhook throughput of each instance alone and while numbers change under it, and
 * how long after a {@code kill -9} of one instance the other has settled every purchase the dead one accepted.
 * A program that prints figures, not a test.
 */
public final class ClusterBenchmark {

    private static final String DATABASE = "numbers_cluster_bench";
    private static final String PAYARA_VERSION = System.getProperty("payara.version", "6.2025.10");
    private static final String AUTH_TOKEN = "bench0cluster0twilio0token0a1b2c3";
    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final String PARTNER_KEY = "nk_ClusterBenchmarkPartnerKey000000000000000";
    private static final Duration RECONCILE_AFTER = Duration.ofSeconds(10);
    private static final Pattern STREAM = Pattern.compile("<Stream url=\"[^\"]*/assistants/([^/\"]+)/stream\"");
    private static final long SEED = 20261202L;

    private final int changes = Integer.getInteger("bench.changes", 1_000);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private final RoutedNumbers routed = new RoutedNumbers(Integer.getInteger("bench.accounts", 100));
    private final BenchmarkDatabase database = new BenchmarkDatabase(DATABASE,
            System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Path war;
    private final Path microJar;
    private final Path workDir;

    private ClusterBenchmark(Path war, Path microJar, Path workDir) {
        this.war = war;
        this.microJar = microJar;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("numbers-web"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("run from the project or its it-tests directory");
        }
        Path war = root.resolve("numbers-web/target/numbers-web.war");
        Path microJar = Path.of(System.getProperty("payara.microJar", Path.of(System.getProperty("user.home"),
                ".m2/repository/fish/payara/extras/payara-micro", PAYARA_VERSION, "payara-micro-" + PAYARA_VERSION + ".jar")
                .toString()));
        for (Path required : List.of(war, microJar)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing; build with mvn -DskipTests install first");
            }
        }
        Path workDir = root.resolve("it-tests/target/benchmark").toAbsolutePath();
        Files.createDirectories(workDir);
        new ClusterBenchmark(war.toAbsolutePath(), microJar.toAbsolutePath(), workDir).run();
        System.out.flush();
        System.exit(0);
    }

    private void run() throws Exception {
        say("Cluster benchmark: 2 instances on %d cores over MariaDB %s, %,d routed numbers, %,d changes, %d connections "
                + "per instance for %d s; logs under %s", Runtime.getRuntime().availableProcessors(), DATABASE, routed.size(),
                changes, connections, measured.toSeconds(), workDir);
        database.recreate();
        NumbersServer schema = new NumbersServer("cluster-schema", microJar, war, workDir, environment());
        try {
            schema.start();
        } finally {
            schema.stop();
        }
        try (Connection connection = DriverManager.getConnection(database.serverUrl() + "&rewriteBatchedStatements=true",
                database.user(), database.password())) {
            routed.insert(connection, PARTNER_KEY);
        }
        List<NumbersServer> cluster = NumbersServer.cluster("cluster-bench-", 2, microJar, war, workDir, environment());
        NumbersServer a = cluster.get(0);
        NumbersServer b = cluster.get(1);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        Future<Duration> upA = starting.submit(a::start);
        Future<Duration> upB = starting.submit(b::start);
        say("instances up in %.1f s and %.1f s, started side by side", upA.get().toNanos() / 1e9, upB.get().toNanos() / 1e9);
        starting.shutdown();
        try {
            Api apiA = new Api(a.base().toURL());
            Api apiB = new Api(b.base().toURL());
            Api.await("one cluster", Duration.ofSeconds(60), () -> apiA.get("health", null).text().contains("\"clusterMembers\":\"2\""));
            Churn churn = new Churn(apiA, apiB, a, b);
            propagation(churn);
            throughput(a, b, churn);
            failover(apiA, apiB, a);
        } finally {
            for (NumbersServer server : cluster) {
                server.stop();
            }
        }
    }

    /** The numbers that change, bought through the API; each change moves one of them to its other assistant. */
    private final class Churn {

        final Api[] instances;
        final NumbersServer[] servers;
        final Api.Account account;
        final String[] assistants = new String[2];
        final List<String> ids = new ArrayList<>();
        final List<String> e164s = new ArrayList<>();
        final Map<String, Integer> holder = new ConcurrentHashMap<>();

        Churn(Api apiA, Api apiB, NumbersServer a, NumbersServer b) {
            instances = new Api[] {apiA, apiB};
            servers = new NumbersServer[] {a, b};
            account = apiA.openAccount("Churn", "enterprise");
            assistants[0] = apiA.newAssistant(account.key(), "Left");
            assistants[1] = apiB.newAssistant(account.key(), "Right");
            for (int i = 0; i < 10; i++) {
                JsonObject number = instances[i % 2].activeNumber(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"212\"}",
                        Duration.ofSeconds(60));
                ids.add(number.getString("id"));
                e164s.add(number.getString("phoneNumber"));
                instances[i % 2].assign(account.key(), assistants[0], number.getString("id"));
                holder.put(number.getString("id"), 0);
            }
        }

        /** Moves number {@code n} to its other assistant through instance {@code via}; answers the new assistant. */
        String move(int n, int via) {
            String id = ids.get(n);
            int next = 1 - holder.get(id);
            instances[via].assign(account.key(), assistants[next], id);
            holder.put(id, next);
            return assistants[next];
        }
    }

    private void propagation(Churn churn) throws Exception {
        heading("Commit on one instance → changed webhook answer on the other, %,d changes", changes);
        long[][] delays = {new long[changes / 2 + 1], new long[changes / 2 + 1]};
        int[] counts = new int[2];
        long[] commits = new long[changes];
        for (int i = 0; i < changes; i++) {
            int via = i % 2;
            int n = (i / 2) % churn.ids.size();
            long sent = System.nanoTime();
            String assistant = churn.move(n, via);
            long committed = System.nanoTime();
            commits[i] = committed - sent;
            NumbersServer other = churn.servers[1 - via];
            while (!assistant.equals(streamedTo(call(other, churn.e164s.get(n))))) {
                if (System.nanoTime() - committed > Duration.ofSeconds(30).toNanos()) {
                    throw new IllegalStateException("change " + i + " did not reach " + other.name() + " within 30 s");
                }
            }
            delays[via][counts[via]++] = System.nanoTime() - committed;
        }
        Arrays.sort(commits);
        say("the change itself (PUT /api/assistants/{id}/phone-numbers/{id}, answered after its commit): p50 %.1f ms, "
                + "p99 %.1f ms", millis(commits, 50), millis(commits, 99));
        long[] all = new long[counts[0] + counts[1]];
        System.arraycopy(delays[0], 0, all, 0, counts[0]);
        System.arraycopy(delays[1], 0, all, counts[0], counts[1]);
        for (int via = 0; via < 2; via++) {
            long[] these = Arrays.copyOf(delays[via], counts[via]);
            Arrays.sort(these);
            say("committed on %s, answered by %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d changes)",
                    churn.servers[via].name(), churn.servers[1 - via].name(), millis(these, 50), millis(these, 99),
                    these[these.length - 1] / 1e6, these.length);
        }
        Arrays.sort(all);
        say("all %d changes: p50 %.1f ms, p99 %.1f ms, max %.1f ms (the first answer with the new assistant, polled "
                + "back to back, each poll a signed webhook)", all.length, millis(all, 50), millis(all, 99), all[all.length - 1] / 1e6);
    }

    private void throughput(NumbersServer a, NumbersServer b, Churn churn) throws Exception {
        heading("Webhook throughput per instance, %d connections each, %d s", connections, measured.toSeconds());
        SignedVoiceWebhooks toA = new SignedVoiceWebhooks(routed, a.base(), PUBLIC_BASE_URL, AUTH_TOKEN, HttpLoad.Kind.RAW, SEED);
        SignedVoiceWebhooks toB = new SignedVoiceWebhooks(routed, b.base(), PUBLIC_BASE_URL, AUTH_TOKEN, HttpLoad.Kind.RAW, SEED + 1);
        CpuUse cpu = new CpuUse(null, CpuUse.databaseProcess().orElse(null));
        HttpLoad loadA = new HttpLoad(HttpLoad.Kind.RAW, new InetSocketAddress("127.0.0.1", a.port()), cpu);
        HttpLoad loadB = new HttpLoad(HttpLoad.Kind.RAW, new InetSocketAddress("127.0.0.1", b.port()), cpu);
        bothAtOnce("warm-up", loadA, toA, loadB, toB, Duration.ofSeconds(15), null);
        bothAtOnce("still numbers", loadA, toA, loadB, toB, measured, null);
        bothAtOnce("numbers changing", loadA, toA, loadB, toB, measured, churn);
    }

    private void bothAtOnce(String phase, HttpLoad loadA, SignedVoiceWebhooks toA, HttpLoad loadB, SignedVoiceWebhooks toB,
                            Duration duration, Churn churn) throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(3);
        AtomicBoolean churning = new AtomicBoolean(churn != null);
        AtomicInteger changed = new AtomicInteger();
        Future<?> churner = runs.submit(() -> {
            for (int i = 0; churning.get(); i++) {
                churn.move(i % churn.ids.size(), i % 2);
                changed.incrementAndGet();
                Api.pause(Duration.ofMillis(40));
            }
        });
        Future<HttpLoad.Result> onA = runs.submit(() -> loadA.run(phase + " A", toA, connections, duration));
        Future<HttpLoad.Result> onB = runs.submit(() -> loadB.run(phase + " B", toB, connections, duration));
        HttpLoad.Result resultA = onA.get();
        HttpLoad.Result resultB = onB.get();
        churning.set(false);
        churner.get();
        runs.shutdown();
        if (phase.equals("warm-up")) {
            say("warm-up: %.0f + %.0f webhooks/s", resultA.perSecond(), resultB.perSecond());
            return;
        }
        for (HttpLoad.Result result : List.of(resultA, resultB)) {
            say("%s: %,.1f webhooks/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d errors%s", result.name(),
                    result.perSecond(), result.millis(50), result.millis(99), result.millis(99.9), result.errors(),
                    result.problems().isEmpty() ? "" : " " + result.problems());
        }
        say("%s: both instances together %,.1f webhooks/s%s", phase, resultA.perSecond() + resultB.perSecond(),
                churn == null ? "" : String.format(Locale.ROOT, ", while %d numbers were moved (%.1f a second)",
                        changed.get(), changed.get() / (duration.toNanos() / 1e9)));
    }

    private void failover(Api apiA, Api apiB, NumbersServer a) throws Exception {
        heading("kill -9 of one instance in the middle of purchases made through it (reconcile-after %s)", RECONCILE_AFTER);
        Api.Account account = apiB.openAccount("Failover", "enterprise");
        List<String> offers = new ArrayList<>();
        for (String areaCode : List.of("5122", "5123", "2062", "2063")) {
            apiB.post("api/phone-numbers/search", account.key(), "{\"filters\": {\"countryCode\": \"US\", \"areaCode\": \""
                    + areaCode + "\", \"limit\": 20}}").json().getJsonArray("numbers").getValuesAs(JsonObject.class)
                    .forEach(offer -> offers.add(offer.getString("phoneNumber")));
        }
        List<String> wanted = offers.stream().distinct().limit(50).toList();
        Map<String, String> accepted = new ConcurrentHashMap<>();
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService buyers = Executors.newFixedThreadPool(8);
        List<Future<?>> buying = new ArrayList<>();
        for (String e164 : wanted) {
            buying.add(buyers.submit(() -> {
                if (!dead.get()) {
                    try {
                        Api.Answer bought = apiA.purchase(account.key(), e164);
                        if (bought.status() == 202) {
                            accepted.put(bought.json().getJsonObject("phoneNumber").getString("id"), e164);
                        }
                    } catch (RuntimeException lost) {
                        // the instance died under the request
                    }
                }
            }));
        }
        Api.await("half the purchases accepted", Duration.ofSeconds(120), () -> accepted.size() >= wanted.size() / 2);
        dead.set(true);
        long killedAt = System.nanoTime();
        say("killed %s after %d accepted purchases: exit %d", a.name(), accepted.size(), a.kill());
        for (Future<?> purchase : buying) {
            purchase.get(60, TimeUnit.SECONDS);
        }
        buyers.shutdown();
        Map<String, String> settled = new ConcurrentHashMap<>();
        while (settled.size() < accepted.size() && System.nanoTime() - killedAt < Duration.ofMinutes(5).toNanos()) {
            for (String id : accepted.keySet()) {
                if (!settled.containsKey(id)) {
                    String status = apiB.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber")
                            .getString("status");
                    if (!status.equals("purchasing")) {
                        settled.put(id, status);
                    }
                }
            }
            Api.pause(Duration.ofMillis(200));
        }
        long settledMillis = (System.nanoTime() - killedAt) / 1_000_000;
        Map<String, Long> byStatus = settled.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        say("every accepted purchase settled on the survivor %.1f s after the kill: %s of %d accepted", settledMillis / 1e3,
                byStatus, accepted.size());
        long routedOnB = accepted.entrySet().stream()
                .filter(purchase -> "active".equals(settled.get(purchase.getKey())))
                .filter(purchase -> apiB.get("api/admin/routes/" + purchase.getValue().replace("+", "%2B"), Api.OPERATOR_KEY)
                        .json().getJsonObject("route").getString("status", "").equals("active"))
                .count();
        say("active ones that route on the survivor: %d of %d; numbers bought twice: %d", routedOnB,
                byStatus.getOrDefault("active", 0L), database.boughtTwice().size());
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("NUMBERS_API_RATE_LIMIT", "1000000");
        environment.put("NUMBERS_DB_URL", database.serverUrl());
        environment.put("NUMBERS_DB_USER", database.user());
        environment.put("NUMBERS_DB_PASSWORD", database.password());
        environment.put("NUMBERS_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        environment.put("NUMBERS_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        environment.put("NUMBERS_ADMIN_API_KEY", Api.OPERATOR_KEY);
        environment.put("NUMBERS_SANDBOX_LATENCY", "PT0.5S");
        environment.put("NUMBERS_PURCHASE_RECONCILE_AFTER", RECONCILE_AFTER.toString());
        return environment;
    }

    private String call(NumbersServer server, String e164) throws IOException, InterruptedException {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("CallSid", List.of("CA" + UUID.randomUUID().toString().replace("-", "")));
        form.put("From", List.of("+14155550111"));
        form.put("To", List.of(e164));
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(server.base().resolve("webhooks/twilio/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.sign(AUTH_TOKEN, PUBLIC_BASE_URL + "/webhooks/twilio/voice", form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String streamedTo(String twiml) {
        Matcher stream = STREAM.matcher(twiml);
        return stream.find() ? stream.group(1) : null;
    }

    private static double millis(long[] sortedNanos, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    private static void heading(String format, Object... args) {
        System.out.println();
        System.out.println("== " + String.format(Locale.ROOT, format, args));
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
