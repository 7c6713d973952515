package ai.talkturo.numbers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Payara Micro unpacked once for the whole run, and a class-data archive of a started Numbers, so that each test
 * server starts in about two thirds of the time (15 s instead of 24 on two cores): Payara Micro otherwise unpacks its
 * 100 MB runtime into a directory of its own at every start and loads and verifies some 25,000 classes; with the
 * archive the JVM maps them in.
 *
 * <p>Every server runs the same class path ({@link #launcher()}: a jar whose manifest names the unpacked runtime and
 * starts Payara Micro's own main class), which the JVM needs to use the archive, and a root directory of its own
 * ({@link #freshRoot}, {@link #microOptions}): Payara Micro keeps the domain and the applications it deployed in its
 * root, and a root used twice would deploy the last start's application again beside the new one. Payara Micro's
 * own launcher ({@code --outputlauncher}) cannot serve: it takes its root from where its classes were loaded, which
 * with the archive is wherever the archive was made.
 *
 * <p>Both are made under {@code target} the first time a server starts and kept for later runs; the archive is made
 * by a start against an embedded H2 database that answers the console's sign-in page and the API once. When Payara
 * Micro or the JVM changes, the JVM finds the archive no longer matches and starts without it.
 */
public final class PayaraMicroImage {

    private static final String UNPACKED_LAUNCHER = "launch-micro.jar";
    private static final List<String> OWN_IN_EACH_ROOT = List.of("config", "lib", "META-INF", "docroot", ".env");
    /** Where Arquillian's adapter reads which version of Payara Micro it starts. */
    private static final String VERSION_FILE = "MICRO-INF/domain/branding/glassfish-version.properties";
    /** The JVM says nothing of the classes it leaves out of the archive or of an archive that no longer matches. */
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** Servers may start from several threads; the image is made by one. */
    private static final Object PREPARING = new Object();
    /** A warm-up that failed is not tried again at every start of the run. */
    private static boolean archiveTried;

    private final Path microJar;
    private final Path directory;

    private PayaraMicroImage(Path microJar, Path directory) {
        this.microJar = microJar;
        this.directory = directory;
    }

    /** The image of {@code microJar} in the run's {@code target/payara-micro}. */
    public static PayaraMicroImage of(Path microJar) {
        return new PayaraMicroImage(microJar.toAbsolutePath(),
                Path.of(System.getProperty("payara.image", "target/payara-micro")).toAbsolutePath());
    }

    /**
     * The root of Arquillian's servers in this JVM, which start one at a time: made fresh before each of its
     * deployments ({@code arquillian.xml} names the same, {@code payara.arquillianRoot}).
     */
    public Path arquillianRoot() {
        return Path.of(System.getProperty("payara.arquillianRoot", directory.resolve("arquillian").toString()));
    }

    /** The jar every server starts: {@code java -jar} it with {@link #jvmOptions} and {@link #microOptions}. */
    public Path launcher() {
        return directory.resolve("numbers-micro.jar");
    }

    /**
     * Makes {@code root} a fresh root directory (removing what a start before left there), unpacking Payara Micro
     * first if no server of this run has.
     */
    public void freshRoot(Path root) {
        synchronized (PREPARING) {
            try {
                try (FileChannel lock = lock()) {
                    unpacked();
                }
                awaitNoServerIn(root);
                madeFresh(root);
            } catch (IOException e) {
                throw new UncheckedIOException("could not make the Payara Micro root " + root, e);
            }
        }
    }

    private void madeFresh(Path root) throws IOException {
        delete(root);
        Files.createDirectories(root);
        for (String own : OWN_IN_EACH_ROOT) {
            copy(unpackedDirectory().resolve(own), root.resolve(own));
        }
    }

    /**
     * Waits for a server that ran from {@code root} to be gone: Arquillian's adapter answers an undeployment as soon as
     * it has signalled the server, which still removes its files from its root while it stops.
     */
    private static void awaitNoServerIn(Path root) {
        String rootOption = root.toString();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(rootOption))
                .forEach(process -> process.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    }

    /**
     * The JVM options of every start: where the runtime is unpacked, and the class-data archive, made first if this
     * is the first start of the image (without it when it could not be made: the server then starts as it would).
     */
    public List<String> jvmOptions(String war) {
        synchronized (PREPARING) {
            try (FileChannel lock = lock()) {
                unpacked();
                if (!Files.isRegularFile(archive()) && !archiveTried) {
                    archiveTried = true;
                    archive(war);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not lock " + directory, e);
            }
        }
        List<String> options = new ArrayList<>(runtimeOptions());
        if (Files.isRegularFile(archive())) {
            options.addAll(List.of("-XX:SharedArchiveFile=" + archive(), "-Xshare:auto"));
        }
        options.addAll(QUIET_ARCHIVE);
        return options;
    }

    /** The options after the launcher: Payara Micro's root for this start. */
    public List<String> microOptions(Path root) {
        return List.of("--rootdir", root.toString());
    }

    /** The class-data archive, whether or not it has been made yet. */
    public Path archive() {
        return directory.resolve("numbers.jsa");
    }

    /**
     * Holds the image for this JVM until the channel is closed: the run's test JVMs (failsafe's forks) share one
     * image, and the first to need it makes it while the others wait.
     */
    private FileChannel lock() throws IOException {
        Files.createDirectories(directory.getParent());
        FileChannel channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.lock();
        return channel;
    }

    /** What Payara Micro's launcher would have told its main class: the runtime is unpacked, and where. */
    private List<String> runtimeOptions() {
        return List.of("-Dfish.payara.micro.BootJar=" + unpackedDirectory().resolve(UNPACKED_LAUNCHER).toUri(),
                "-Dfish.payara.micro.UnpackDir=" + unpackedDirectory());
    }

    private Path unpackedDirectory() {
        return directory.resolve("unpacked");
    }

    private void unpacked() throws IOException {
        Path unpacked = unpackedDirectory();
        Path source = directory.resolve("unpacked-from");
        String expected = microJar + " " + Files.size(microJar) + " " + Files.getLastModifiedTime(microJar).toMillis();
        if (Files.isRegularFile(source) && Files.readString(source).equals(expected) && Files.isRegularFile(launcher())) {
            return;
        }
        delete(directory);
        Files.createDirectories(directory);
        run(List.of(java(), "-jar", microJar.toString(), "--rootdir", unpacked.toString(), "--outputlauncher"),
                directory.resolve("unpack.log"), Duration.ofMinutes(2));
        writeLauncher(unpacked.resolve(UNPACKED_LAUNCHER));
        Files.writeString(source, expected);
    }

    /**
     * The jar that starts Payara Micro's main class on the unpacked runtime, with the module access its launcher
     * asks for, and the version file Arquillian's adapter reads from the jar it is given.
     */
    private void writeLauncher(Path unpackedLauncher) throws IOException {
        Manifest manifest;
        try (JarFile unpacked = new JarFile(unpackedLauncher.toFile())) {
            manifest = new Manifest(unpacked.getManifest());
        }
        Attributes main = manifest.getMainAttributes();
        main.putValue("Main-Class", "fish.payara.micro.impl.PayaraMicroImpl");
        main.putValue("Class-Path", directory.relativize(unpackedLauncher).toString());
        main.remove(new Attributes.Name("Start-Class"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(launcher()), manifest)) {
            jar.putNextEntry(new JarEntry(VERSION_FILE));
            jar.write(Files.readAllBytes(unpackedDirectory().resolve("config/branding/glassfish-version.properties")));
            jar.closeEntry();
        }
    }

    /**
     * Starts Numbers once on an embedded database with the JVM writing down every class it loads, lets it answer the
     * console's sign-in page and the API, and stops it: the JVM writes the archive as it exits.
     */
    private void archive(String war) {
        Path root = directory.resolve("warm-up");
        Path log = directory.resolve("warm-up.log");
        Path written = directory.resolve("numbers.jsa.part");
        int port = NumbersServer.freePort();
        try {
            madeFresh(root);
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + written));
            command.addAll(runtimeOptions());
            command.addAll(QUIET_ARCHIVE);
            command.addAll(List.of("-jar", launcher().toString()));
            command.addAll(microOptions(root));
            command.addAll(List.of("--nocluster", "--port", Integer.toString(port), "--contextroot", "/",
                    "--deploy", war));
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("NUMBERS_"));
            builder.environment().putAll(Map.of(
                    "NUMBERS_DB_URL", "jdbc:h2:file:" + directory.resolve("warm-up-h2").resolve("numbers"),
                    "NUMBERS_ADMIN_API_KEY", "warm-up-operator-key",
                    "NUMBERS_ADMIN_PASSWORD", "warm-up-password"));
            Process numbers = builder.start();
            try {
                answered(numbers, URI.create("http://127.0.0.1:" + port + "/"));
            } finally {
                numbers.destroy();
                numbers.waitFor();
            }
            if (Files.isRegularFile(written)) {
                Files.move(written, archive(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Test servers start without a class-data archive: " + e + "; see " + log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answered(Process numbers, URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline && numbers.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    for (String page : List.of("console/login.xhtml", "api/phone-numbers", "api/countries")) {
                        http.send(HttpRequest.newBuilder(base.resolve(page)).build(), HttpResponse.BodyHandlers.discarding());
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the warm-up start did not become healthy");
    }

    private static void run(List<String> command, Path log, Duration within) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
