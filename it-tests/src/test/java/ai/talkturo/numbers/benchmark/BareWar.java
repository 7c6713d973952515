package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.benchmark.bare.BareVoiceWebhook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bare servlet's WAR, put together from its compiled classes, and the routes it answers from. */
final class BareWar {

    /** The variable naming the bare servlet's routes file. */
    static final String ROUTES_VARIABLE = "BARE_ROUTES";

    private BareWar() {
    }

    /** Writes a WAR holding {@link BareVoiceWebhook} and the classes of its package to {@code war}; answers it. */
    static Path write(Path war) throws IOException {
        Path classes;
        try {
            classes = Path.of(BareVoiceWebhook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path packageDir = classes.resolve(BareVoiceWebhook.class.getPackageName().replace('.', '/'));
        List<Path> files;
        try (Stream<Path> listed = Files.list(packageDir)) {
            files = listed.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return war;
    }

    /** One line per number: the number, its assistant, its account and its id, as {@link BareVoiceWebhook} reads them. */
    static void writeRoutes(RoutedNumbers numbers, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < numbers.size(); i++) {
                out.write(numbers.phoneNumber(i) + " " + numbers.assistantId(numbers.assistantOf(i)) + " "
                        + numbers.accountId(numbers.accountOf(i)) + " " + numbers.phoneNumberId(i));
                out.newLine();
            }
        }
    }
}
