package ai.talkturo.numbers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The built WAR on Payara Micro as a child process, on one port of 127.0.0.1, its output in a log file of its own
 * and a root directory of its own for each start ({@link PayaraMicroImage}): alone ({@code --nocluster}) or as one
 * instance of a cluster on this machine. Every server still running when the program ends is stopped by a shutdown
 * hook.
 */
public final class NumbersServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<NumbersServer> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(NumbersServer::stopQuietly),
                "stop-numbers-servers"));
    }

    private final String name;
    private final Path microJar;
    private final Path war;
    private final Path workDir;
    private final Map<String, String> environment;
    private final List<String> microOptions;
    private final int port;
    private final boolean compiledFully;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private volatile Process process;
    private int starts;

    /** A server of its own, outside any cluster. */
    public NumbersServer(String name, Path microJar, Path war, Path workDir, Map<String, String> environment) {
        this(name, microJar, war, workDir, environment, List.of("--nocluster"), freePort(), false);
    }

    private NumbersServer(String name, Path microJar, Path war, Path workDir, Map<String, String> environment,
                          List<String> microOptions, int port, boolean compiledFully) {
        this.name = name;
        this.microJar = microJar;
        this.war = war;
        this.workDir = workDir;
        this.environment = Map.copyOf(environment);
        this.microOptions = List.copyOf(microOptions);
        this.port = port;
        this.compiledFully = compiledFully;
    }

    /**
     * {@code instances} servers that form one cluster on the loopback interface, finding each other by TCP/IP on
     * data grid ports of their own; each is named {@code name1}, {@code name2}, … in its log, health and claims.
     */
    public static List<NumbersServer> cluster(String name, int instances, Path microJar, Path war, Path workDir,
                                              Map<String, String> environment) {
        List<Integer> gridPorts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            gridPorts.add(freePort());
        }
        String members = gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        String clusterName = name + "-" + ProcessHandle.current().pid();
        List<NumbersServer> servers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            String instance = name + (i + 1);
            Map<String, String> env = new HashMap<>(environment);
            env.put("NUMBERS_INSTANCE_NAME", instance);
            servers.add(new NumbersServer(instance, microJar, war, workDir, env, List.of(
                    "--clustername", clusterName, "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                    "--startport", Integer.toString(gridPorts.get(i)), "--name", instance), freePort(), false));
        }
        return servers;
    }

    /** The same server, on the same ports, with another WAR deployed beside Numbers under {@code contextRoot}. */
    public NumbersServer alsoDeploying(Path otherWar, String contextRoot) {
        List<String> options = new ArrayList<>(microOptions);
        options.addAll(List.of("--deploy", otherWar + ":" + contextRoot));
        return new NumbersServer(name, microJar, war, workDir, environment, options, port, compiledFully);
    }

    /** The same server, on the same ports, with one more environment variable. */
    public NumbersServer withEnvironment(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new NumbersServer(this.name, microJar, war, workDir, more, microOptions, port, compiledFully);
    }

    /**
     * The same server, started with the JVM's optimising compiler as well: it starts about 6 s later, and hashes a
     * console password (PBKDF2, 210,000 rounds) in 0.3 s instead of 1.2 s; for a server that signs people in often.
     */
    public NumbersServer compiledFully() {
        return new NumbersServer(name, microJar, war, workDir, environment, microOptions, port, true);
    }

    public String name() {
        return name;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public int port() {
        return port;
    }

    /** The log of the latest start. */
    public Path log() {
        return workDir.resolve(name + "-start" + starts + ".log");
    }

    /** Starts Payara Micro and waits until {@code /health} answers UP; answers how long that took. */
    public Duration start() throws IOException, InterruptedException {
        long started = launch();
        awaitHealthy(started);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Starts Payara Micro and returns at once; answers {@link System#nanoTime()} of the start. */
    public long launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                // as arquillian.xml starts the others: a test server lives minutes, and C1 and the serial
                // collector start it seconds sooner than the JVM's defaults
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC"));
        if (!compiledFully) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        PayaraMicroImage image = PayaraMicroImage.of(microJar);
        Path root = workDir.resolve(name + "-start" + starts + "-root");
        image.freshRoot(root);
        command.addAll(image.jvmOptions(war.toString()));
        command.addAll(List.of("-jar", image.launcher().toString()));
        command.addAll(image.microOptions(root));
        command.addAll(List.of(
                "--port", Integer.toString(port), "--contextroot", "/",
                "--deploy", war.toString()));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("NUMBERS_"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        process = builder.start();
        RUNNING.add(this);
        return started;
    }

    /** Waits, at most {@code within}, for the log of this start to hold {@code text}; answers whether it came. */
    public boolean awaitLog(String text, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log()) && Files.readString(log(), StandardCharsets.ISO_8859_1).contains(text)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Kills the server with SIGKILL, as a crash would; answers its exit code (137 on Linux). */
    public int kill() throws InterruptedException {
        Process running = process;
        running.destroyForcibly();
        if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die from SIGKILL within " + STOP_TIMEOUT);
        }
        RUNNING.remove(this);
        return running.exitValue();
    }

    /** Stops the server with SIGTERM, or SIGKILL when it does not stop in time; answers its exit code. */
    public int stop() throws InterruptedException {
        Process running = process;
        if (running == null) {
            return 0;
        }
        running.destroy();
        if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            running.destroyForcibly();
            running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        RUNNING.remove(this);
        return running.isAlive() ? -1 : running.exitValue();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (InterruptedException | RuntimeException e) {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }
    }

    private void awaitHealthy(long started) throws InterruptedException {
        long deadline = started + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("health")).timeout(Duration.ofSeconds(5)).GET().build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not healthy within " + START_TIMEOUT + " (last: " + last + "); see " + log());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
