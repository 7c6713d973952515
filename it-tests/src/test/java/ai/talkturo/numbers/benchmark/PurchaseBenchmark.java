package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.it.NumbersServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Buying numbers under load, measured; a program, not a test. Run 1: {@value #CLIENTS_DEFAULT} partners with
 * {@code enterprise} accounts buy {@value #WARM_UP_DEFAULT} sandbox numbers side by side from a server whose carrier
 * answers at once, to warm it up ({@code bench.warmUp}; the figures of that round are printed too, those of a cold
 * server), then {@value #NUMBERS_DEFAULT} more, and the program prints purchases per second, the latency of the
 * purchase call, the statements the database ran per purchase and how long it takes until every number is
 * {@code active}. Run 2: the same on an empty database with 30 % of carrier orders
 * failing, and the server killed with SIGKILL after half the purchases were accepted and started again on the same
 * database; once nothing is {@code purchasing} any more the program prints what the database holds: numbers
 * active, in error, still purchasing, bought twice, and accepted purchases lost.
 *
 * <p>{@code bench.runs} chooses the runs ({@code 1,2} by default); {@code bench.server.javaToolOptions} is given to the
 * server JVM as {@code JAVA_TOOL_OPTIONS}, e.g. {@code -XX:StartFlightRecording=…} to profile it.
 *
 * <p>Needs MariaDB on 127.0.0.1:3306 (user root, empty password unless {@code bench.db.user} and
 * {@code bench.db.password} say otherwise) and the built WAR. Exits with 1 when a figure that must be 0 is not.
 */
public final class PurchaseBenchmark {

    static final int CLIENTS_DEFAULT = 16;
    static final int NUMBERS_DEFAULT = 1000;
    static final int WARM_UP_DEFAULT = 2000;
    private static final String DATABASE = "numbers_bench";
    private static final String OPERATOR_KEY = "bench-operator-key";
    private static final String PAYARA_VERSION = "6.2025.10";
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration HALFWAY_TIMEOUT = Duration.ofMinutes(15);
    private static final long SEED = 20261123L;
    private static final double PROMPTLY = 2;

    private final int clients = Integer.getInteger("bench.clients", CLIENTS_DEFAULT);
    private final int numbers = Integer.getInteger("bench.numbers", NUMBERS_DEFAULT);
    private final int warmUp = Integer.getInteger("bench.warmUp", WARM_UP_DEFAULT);
    private final BenchmarkDatabase database = new BenchmarkDatabase(DATABASE,
            System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));
    private final Path war;
    private final Path microJar;
    private final Path workDir;
    private final List<String> problems = new ArrayList<>();

    private PurchaseBenchmark(Path war, Path microJar, Path workDir) {
        this.war = war;
        this.microJar = microJar;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Path root = projectRoot();
        Path war = Path.of(System.getProperty("numbers.war", root.resolve("numbers-web/target/numbers-web.war").toString()));
        Path microJar = Path.of(System.getProperty("payara.microJar", Path.of(System.getProperty("user.home"),
                ".m2/repository/fish/payara/extras/payara-micro", PAYARA_VERSION,
                "payara-micro-" + PAYARA_VERSION + ".jar").toString()));
        for (Path required : List.of(war, microJar)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing; build with mvn -DskipTests install first");
            }
        }
        Path workDir = root.resolve("it-tests/target/benchmark");
        Files.createDirectories(workDir);
        PurchaseBenchmark benchmark = new PurchaseBenchmark(war.toAbsolutePath(), microJar.toAbsolutePath(), workDir);
        int exit = benchmark.run();
        System.out.flush();
        System.exit(exit);
    }

    /** The directory of the parent POM, whether the program runs there or in {@code it-tests}. */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("it-tests")) && Files.isDirectory(candidate.resolve("numbers-web"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the project or its it-tests directory, not " + here);
    }

    private int run() throws Exception {
        say("Purchase benchmark: %d clients, %d numbers, %d cores, Java %s, MariaDB database %s",
                clients, numbers, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), DATABASE);
        say("WAR %s%nPayara Micro %s%nlogs under %s", war, microJar, workDir);
        Set<String> runs = Set.of(System.getProperty("bench.runs", "1,2").split(","));
        Figures first = runs.contains("1") ? runOne() : null;
        Figures second = runs.contains("2") ? runTwo() : null;
        summary(first, second);
        if (problems.isEmpty()) {
            say("%nEvery figure that must be 0 is 0.");
            return 0;
        }
        say("%nFigures that must be 0 are not:");
        problems.forEach(problem -> say("  - %s", problem));
        return 1;
    }

    /** One run's figures for the summary. */
    private record Figures(Buyers.Result buying, Duration startup, String untilSettled, Map<String, Long> statuses,
                           BenchmarkDatabase.OrderTimes orders, int boughtTwice, long lost, long activeWithoutSale) {
    }

    private Figures runOne() throws Exception {
        heading("Run 1: %d numbers after %d bought to warm up, %d clients, sandbox latency PT0S, no failures", numbers,
                warmUp, clients);
        database.recreate();
        NumbersServer server = new NumbersServer("purchase-run1", microJar, war, workDir, environment(false));
        try {
            Duration startup = server.start();
            say("server up on 127.0.0.1:%d in %.1f s (log %s)", server.port(), seconds(startup), server.log());
            List<Partner> partners = openAccounts(server, "run1");
            List<String> found = hunt(partners.get(0), numbers + warmUp);
            List<String> wanted = found.subList(warmUp, found.size());
            long warmedUp = warmUp > 0 ? warmUp(found.subList(0, warmUp), partners) : 0;
            Map<String, Long> perPoll = statementsOfOnePoll();
            CpuUse cpu = new CpuUse(CpuUse.childWith("--port " + server.port()).orElse(null),
                    CpuUse.databaseProcess().orElse(null));
            CpuUse.Snapshot cpuBefore = cpu.snapshot();
            Map<String, Long> before = database.statementsRun();
            Buyers.Result result = new Buyers(wanted, partners, "run1-", null, Integer.MAX_VALUE).run();
            printBuying(result);
            long target = warmedUp + result.accepted();
            int[] polls = {0};
            long reachedAt = awaitCount(() -> {
                polls[0]++;
                return database.countWithStatus("active") >= target;
            }, SETTLE_TIMEOUT);
            printStatements(before, database.statementsRun(), perPoll, polls[0], result.accepted());
            CpuUse.Share used = cpu.since(cpuBefore);
            say("CPU from the first purchase until all were active: %s", used);
            say("CPU per purchase: server %.1f ms, MariaDB %.1f ms", used.server() * used.seconds() * 1000 / result.accepted(),
                    used.database() * used.seconds() * 1000 / result.accepted());
            String untilActive = reachedAt < 0 ? "not within " + SETTLE_TIMEOUT
                    : String.format(Locale.ROOT, "%.2f s", (reachedAt - result.startNanos()) / 1e9);
            say("from the first purchase until all %d accepted numbers were active: %s", result.accepted(), untilActive);
            Map<String, Long> statuses = database.statuses();
            say("phone_numbers by status: %s", statuses);
            BenchmarkDatabase.OrderTimes orders = reportOrders();
            int twice = reportBoughtTwice("run 1");
            long lost = lost(result, "run 1");
            long phantom = database.activeWithoutSale();
            must("run 1: numbers still purchasing", statuses.getOrDefault("purchasing", 0L));
            must("run 1: active numbers the sandbox did not sell under their id", phantom);
            return new Figures(result, startup, untilActive, statuses, orders, twice, lost, phantom);
        } finally {
            say("server stopped (exit %d)", server.stop());
        }
    }

    private Figures runTwo() throws Exception {
        heading("Run 2: %d numbers, %d clients, 30 %% of orders failing, reconcile after PT5S, kill -9 after %d accepted",
                numbers, clients, numbers / 2);
        database.recreate();
        NumbersServer server = new NumbersServer("purchase-run2", microJar, war, workDir, environment(true));
        try {
            Duration startup = server.start();
            say("server up on 127.0.0.1:%d in %.1f s (log %s)", server.port(), seconds(startup), server.log());
            List<Partner> partners = openAccounts(server, "run2");
            List<String> wanted = hunt(partners.get(0));
            Buyers.Outage outage = new Buyers.Outage();
            Buyers buyers = new Buyers(wanted, partners, "run2-", outage, numbers / 2);
            FutureTask<Buyers.Result> buying = new FutureTask<>(buyers::run);
            Thread runner = new Thread(buying, "buyers");
            runner.setDaemon(true);
            runner.start();
            if (!buyers.awaitSignal(HALFWAY_TIMEOUT)) {
                throw new IllegalStateException("only " + buyers.accepted() + " purchases accepted within " + HALFWAY_TIMEOUT);
            }
            outage.announce();
            long killedAt = System.nanoTime();
            int exit = server.kill();
            int acceptedAtKill = buyers.accepted();
            say("killed the server after %d accepted purchases: exit code %d (%s)", acceptedAtKill, exit,
                    exit == 137 ? "SIGKILL" : "expected 137");
            Path killedLog = server.log();
            Duration restart;
            try {
                restart = server.start();
            } finally {
                outage.end();
            }
            long downNanos = System.nanoTime() - killedAt;
            say("restarted on the same database and port in %.1f s; down for %.1f s (logs %s, %s)", seconds(restart),
                    downNanos / 1e9, killedLog.getFileName(), server.log().getFileName());
            Buyers.Result result = result(buying);
            printBuying(result);
            say("outside the %.1f s the server was down: %.1f purchases/s", downNanos / 1e9,
                    result.accepted() / ((result.wallNanos() - downNanos) / 1e9));
            say("202 answers after the restart: %d (of them replayed for an Idempotency-Key: %d)",
                    result.acceptedAfterOutage(), result.replayed());
            long settledAt = awaitCount(() -> database.countWithStatus("purchasing") == 0, SETTLE_TIMEOUT);
            String untilSettled = settledAt < 0 ? "not within " + SETTLE_TIMEOUT
                    : String.format(Locale.ROOT, "%.2f s", (settledAt - result.startNanos()) / 1e9);
            say("from the first purchase until no number was purchasing: %s", untilSettled);
            Map<String, Long> statuses = database.statuses();
            say("phone_numbers by status: active %d, error %d, purchasing %d (all: %s)",
                    statuses.getOrDefault("active", 0L), statuses.getOrDefault("error", 0L),
                    statuses.getOrDefault("purchasing", 0L), statuses);
            Map<String, Long> acceptedStatuses = database.statusesOf(result.acceptedIds().values()).values().stream()
                    .collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
            say("the %d accepted purchases by status: %s", result.accepted(), acceptedStatuses);
            say("unsettled orders in number_orders: %d; idempotency keys without a stored answer: %d",
                    database.unsettledOrders(), database.idempotencyKeysWithoutAnswer());
            BenchmarkDatabase.OrderTimes orders = reportOrders();
            if (!result.unanswered().isEmpty()) {
                say("purchases never answered with 202 or a refusal (%d); their rows in phone_numbers:",
                        result.unanswered().size());
                database.rowsOfNumbers(result.unanswered()).forEach((number, rows) -> say("  %s: %s", number,
                        rows.isEmpty() ? "none" : String.join(", ", rows)));
            }
            int twice = reportBoughtTwice("run 2");
            long lost = lost(result, "run 2");
            long phantom = database.activeWithoutSale();
            say("active numbers the sandbox did not sell under their id: %d", phantom);
            must("run 2: numbers still purchasing", statuses.getOrDefault("purchasing", 0L));
            must("run 2: active numbers the sandbox did not sell under their id", phantom);
            if (exit != 137) {
                problems.add("run 2: the killed server exited with " + exit + ", not 137");
            }
            return new Figures(result, startup, untilSettled, statuses, orders, twice, lost, phantom);
        } finally {
            say("server stopped (exit %d)", server.stop());
        }
    }

    /** What one poll of the benchmark's own adds to the database's statement counts (its connection included). */
    private Map<String, Long> statementsOfOnePoll() throws Exception {
        Map<String, Long> before = database.statementsRun();
        database.countWithStatus("active");
        Map<String, Long> after = database.statementsRun();
        Map<String, Long> perPoll = new LinkedHashMap<>();
        before.forEach((kind, count) -> perPoll.put(kind, after.get(kind) - count));
        return perPoll;
    }

    /**
     * The statements the database ran from the first purchase until every number was active, per purchase: the
     * request, the carrier order and its settling, and whatever else the server did meanwhile, without the
     * benchmark's own polls.
     */
    private void printStatements(Map<String, Long> before, Map<String, Long> after, Map<String, Long> perPoll,
                                 int polls, long purchases) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (String kind : BenchmarkDatabase.STATEMENT_KINDS) {
            long count = after.get(kind) - before.get(kind) - (long) polls * perPoll.get(kind);
            total += count;
            line.append(String.format(Locale.ROOT, "%s %.1f, ", kind, count / (double) purchases));
        }
        say("statements per purchase until active (MariaDB's counters): %s%.1f in all", line, total / (double) purchases);
    }

    private Map<String, String> environment(boolean failing) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("NUMBERS_API_RATE_LIMIT", "1000000");
        environment.put("NUMBERS_DB_URL", database.serverUrl());
        environment.put("NUMBERS_DB_USER", database.user());
        environment.put("NUMBERS_DB_PASSWORD", database.password());
        environment.put("NUMBERS_ADMIN_API_KEY", OPERATOR_KEY);
        environment.put("NUMBERS_SANDBOX_LATENCY", "PT0S");
        String javaToolOptions = System.getProperty("bench.server.javaToolOptions", "");
        if (!javaToolOptions.isBlank()) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        if (failing) {
            environment.put("NUMBERS_SANDBOX_FAILURE_RATE", "0.3");
            environment.put("NUMBERS_PURCHASE_RECONCILE_AFTER", "PT5S");
        }
        return environment;
    }

    private List<Partner> openAccounts(NumbersServer server, String run) throws IOException, InterruptedException {
        Partner operator = new Partner(server.base(), OPERATOR_KEY);
        List<Partner> partners = new ArrayList<>();
        for (int client = 1; client <= clients; client++) {
            JsonObject opened = operator.postExpecting(201, "api/admin/accounts", Json.createObjectBuilder()
                    .add("name", "Benchmark " + run + " client " + client).add("plan", "enterprise").build());
            partners.add(new Partner(server.base(), opened.getString("apiKey")));
        }
        say("opened %d enterprise accounts", partners.size());
        return partners;
    }

    /**
     * Buys {@code warmUp} numbers the same way before run 1 is measured, so that its figures are those of a server
     * whose code the JIT has compiled, and waits until they are active.
     */
    private long warmUp(List<String> wanted, List<Partner> partners) throws Exception {
        Buyers.Result result = new Buyers(wanted, partners, "run1-warm-up-", null, Integer.MAX_VALUE).run();
        long target = result.accepted();
        awaitCount(() -> database.countWithStatus("active") >= target, SETTLE_TIMEOUT);
        say("warm-up: %d purchases accepted at %.1f purchases/s, p50 %.1f ms, p99 %.1f ms (not counted below)",
                result.accepted(), result.perSecond(), result.latencyMillis(50), result.latencyMillis(99));
        return target;
    }

    private List<String> hunt(Partner partner) throws IOException, InterruptedException {
        return hunt(partner, numbers);
    }

    private List<String> hunt(Partner partner, int count) throws IOException, InterruptedException {
        long started = System.nanoTime();
        NumberHunt.Catch found = NumberHunt.hunt(partner, count, SEED);
        say("found %d distinct numbers in %d searches (%.1f s): %s", found.numbers().size(), found.searches(),
                (System.nanoTime() - started) / 1e9, found.perKind());
        found.skipped().forEach((kind, why) -> say("  left out %s: %s", kind, why));
        return found.numbers();
    }

    private void printBuying(Buyers.Result result) {
        say("buying phase: %d of %d purchases accepted (202) in %.2f s: %.1f purchases/s",
                result.accepted(), result.numbers(), result.wallNanos() / 1e9, result.perSecond());
        say("purchase call latency over %d answers: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                result.latenciesNanos().length, result.latencyMillis(50), result.latencyMillis(99), result.latencyMillis(100));
        say("non-202 answers: %s; connection errors: %d", result.otherAnswers().isEmpty() ? "none" : result.otherAnswers(),
                result.connectionErrors());
        result.samples().forEach((outcome, sample) -> say("  first %s: %s", outcome, sample));
        if (!result.refused().isEmpty()) {
            Map<String, Long> byOutcome = result.refused().values().stream()
                    .collect(Collectors.groupingBy(outcome -> outcome, TreeMap::new, Collectors.counting()));
            say("purchases refused for good: %s", byOutcome);
        }
        if (!result.unanswered().isEmpty()) {
            say("purchases given up without an answer: %d", result.unanswered().size());
        }
    }

    private BenchmarkDatabase.OrderTimes reportOrders() throws Exception {
        BenchmarkDatabase.OrderTimes orders = database.orderTimes(PROMPTLY);
        say("orders: %d; placed with the carrier within %.0f s of the purchase: %d, later: %d, never: %d, "
                + "placed more than once: %d", orders.orders(), PROMPTLY, orders.placedPromptly(),
                orders.placedLate(), orders.neverPlaced(), orders.placedMoreThanOnce());
        say("purchase to active/error: p50 %.2f s, p99 %.2f s, max %.2f s; later than 10 s: %d%s",
                orders.percentile(50), orders.percentile(99), orders.percentile(100), orders.settledLaterThan(10),
                orders.wholeSeconds() ? " (the database holds these times in whole seconds)" : "");
        if (orders.settledLaterThan(10) > 0) {
            say("  slowest: ");
            orders.slowest().forEach(row -> say("    %s", row));
        }
        return orders;
    }

    private int reportBoughtTwice(String run) throws Exception {
        List<BenchmarkDatabase.Duplicate> twice = database.boughtTwice();
        say("numbers bought twice: %d", twice.size());
        twice.stream().limit(10).forEach(duplicate -> say("  %s: %s", duplicate.phoneNumber(), duplicate.why()));
        must(run + ": numbers bought twice", twice.size());
        return twice.size();
    }

    /** Accepted purchases (202) whose number id has no row in {@code phone_numbers}. */
    private long lost(Buyers.Result result, String run) throws Exception {
        Set<String> stored = database.phoneNumberIds();
        Set<String> missing = new HashSet<>(result.acceptedIds().values());
        missing.removeAll(stored);
        say("accepted purchases lost (a 202 whose id is not in phone_numbers): %d%s", missing.size(),
                missing.isEmpty() ? "" : " " + missing.stream().limit(10).toList());
        must(run + ": accepted purchases lost", missing.size());
        return missing.size();
    }

    private void must(String what, long count) {
        if (count != 0) {
            problems.add(what + ": " + count);
        }
    }

    private static Buyers.Result result(FutureTask<Buyers.Result> buying) throws Exception {
        try {
            return buying.get(25, TimeUnit.MINUTES);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        } catch (TimeoutException slow) {
            buying.cancel(true);
            throw new IllegalStateException("the buyers did not finish within 25 minutes", slow);
        }
    }

    /** A condition on the database, checked over and over. */
    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; answers System.nanoTime() of the first poll that saw it, or -1 on timeout. */
    private static long awaitCount(Check check, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long polled = System.nanoTime();
            if (check.holds()) {
                return polled;
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private void summary(Figures first, Figures second) {
        heading("Summary");
        String format = "%-46s %20s %20s";
        say(format, "", "run 1", "run 2");
        say(format, "", "no failures", "30 % fail, kill -9");
        row(format, first, second, "server start-up (s)", f -> decimal(seconds(f.startup()), 1));
        row(format, first, second, "purchases accepted (202)",
                f -> f.buying().accepted() + " / " + f.buying().numbers());
        row(format, first, second, "buying phase (s)", f -> decimal(f.buying().wallNanos() / 1e9, 2));
        row(format, first, second, "purchases per second", f -> decimal(f.buying().perSecond(), 1));
        row(format, first, second, "purchase latency p50 (ms)", f -> decimal(f.buying().latencyMillis(50), 1));
        row(format, first, second, "purchase latency p99 (ms)", f -> decimal(f.buying().latencyMillis(99), 1));
        row(format, first, second, "non-202 answers", f -> Integer.toString(f.buying().nonAccepted()));
        row(format, first, second, "connection errors", f -> Integer.toString(f.buying().connectionErrors()));
        row(format, first, second, "purchases without an answer", f -> Integer.toString(f.buying().unanswered().size()));
        row(format, first, second, "first purchase until all active / settled", Figures::untilSettled);
        row(format, first, second, "purchase to settled p50 / p99 (s)",
                f -> decimal(f.orders().percentile(50), 2) + " / " + decimal(f.orders().percentile(99), 2));
        row(format, first, second, "orders placed > " + decimal(PROMPTLY, 0) + " s after the purchase",
                f -> Integer.toString(f.orders().placedLate() + f.orders().neverPlaced()));
        for (String status : List.of("active", "error", "purchasing")) {
            row(format, first, second, "numbers " + status, f -> Long.toString(f.statuses().getOrDefault(status, 0L)));
        }
        row(format, first, second, "numbers bought twice (must be 0)", f -> Integer.toString(f.boughtTwice()));
        row(format, first, second, "accepted purchases lost (must be 0)", f -> Long.toString(f.lost()));
        row(format, first, second, "active without a sandbox sale (must be 0)", f -> Long.toString(f.activeWithoutSale()));
    }

    private static void row(String format, Figures first, Figures second, String label,
                            java.util.function.Function<Figures, String> figure) {
        say(format, label, first == null ? "-" : figure.apply(first), second == null ? "-" : figure.apply(second));
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void heading(String format, Object... args) {
        say("%n== " + format + " ==", args);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
