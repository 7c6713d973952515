package ai.talkturo.numbers.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every default of a setting is written once, in {@code microprofile-config.properties}, which holds one for every
 * setting the code needs; no {@code @ConfigProperty} names a default of its own, and the README's settings table
 * shows the file's.
 */
class ConfigurationDefaultsTest {

    private static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path DEFAULTS = ROOT.resolve("numbers-web/src/main/resources/META-INF/microprofile-config.properties");
    /** A row of the README's settings table: its keys and its defaults, each list split on " / ". */
    private static final Pattern README_ROW = Pattern.compile("^\\| ((?:`numbers\\.[^`]+`(?: / )?)+) \\| ([^|]*) \\|");

    /** A setting the code reads: its key, whether it may be missing, the default it names (or null), and where. */
    private record Read(String key, boolean optional, String namedDefault, String where) {
    }

    private static List<Read> reads;
    private static Properties defaults;

    @BeforeAll
    static void read() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ai.talkturo.numbers");
        reads = new ArrayList<>();
        classes.forEach(type -> {
            type.getFields().forEach(field -> field.getAnnotations().stream().filter(ConfigurationDefaultsTest::isConfigProperty)
                    .forEach(annotation -> reads.add(read(annotation, field.getRawType().getName(), field.getFullName()))));
            type.getCodeUnits().forEach(unit -> unit.getParameters().forEach(parameter -> parameter.getAnnotations()
                    .stream().filter(ConfigurationDefaultsTest::isConfigProperty)
                    .forEach(annotation -> reads.add(read(annotation, parameter.getRawType().getName(),
                            unit.getFullName() + " parameter " + parameter.getIndex())))));
        });
        defaults = new Properties();
        try (Reader file = Files.newBufferedReader(DEFAULTS)) {
            defaults.load(file);
        }
    }

    private static boolean isConfigProperty(JavaAnnotation<?> annotation) {
        return annotation.getRawType().getName().equals(CONFIG_PROPERTY);
    }

    private static Read read(JavaAnnotation<?> annotation, String type, String where) {
        String key = (String) annotation.get("name").orElseThrow();
        String namedDefault = annotation.get("defaultValue").map(String.class::cast)
                .filter(value -> !value.equals("org.eclipse.microprofile.config.configproperty.unconfigureddvalue"))
                .orElse(null);
        return new Read(key, type.equals("java.util.Optional"), namedDefault, where);
    }

    @Test
    void noSettingNamesADefaultOfItsOwn() {
        assertThat(reads).as("settings read by the code").hasSizeGreaterThan(20);
        assertThat(reads.stream().filter(read -> read.namedDefault() != null)
                .map(read -> read.key() + " = " + read.namedDefault() + " at " + read.where()))
                .as("defaults written beside %s", DEFAULTS.getFileName())
                .isEmpty();
    }

    @Test
    void everySettingTheCodeNeedsHasItsDefaultInTheFile() {
        assertThat(reads.stream().filter(read -> !read.optional() && !defaults.containsKey(read.key()))
                .map(read -> read.key() + " at " + read.where()))
                .as("settings without a default in %s", DEFAULTS.getFileName())
                .isEmpty();
    }

    @Test
    void theReadmeShowsEveryDefaultAsItIs() throws IOException {
        Map<String, String> shown = new TreeMap<>();
        try (Stream<String> lines = Files.lines(ROOT.resolve("README.md"))) {
            lines.map(README_ROW::matcher).filter(Matcher::find).forEach(row -> {
                String[] keys = row.group(1).replace("`", "").split(" / ");
                String[] values = row.group(2).strip().replace("`", "").split(" / ");
                for (int k = 0; k < keys.length; k++) {
                    shown.put(keys[k], values.length == keys.length ? values[k] : row.group(2).strip());
                }
            });
        }
        Map<String, String> written = new TreeMap<>();
        // the platform's own keys (mp.openapi.filter) wire Numbers together; they are no settings of an installation
        defaults.stringPropertyNames().stream().filter(key -> key.startsWith("numbers."))
                .forEach(key -> written.put(key, defaults.getProperty(key)));

        assertThat(shown).containsAllEntriesOf(written);
    }
}
