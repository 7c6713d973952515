package ai.talkturo.numbers.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNameTest {

    @Test
    void ignoresCaseAccentsAndSpacing() {
        assertThat(PlaceName.of("Genève").sameAs("  GENEVE ")).isTrue();
        assertThat(PlaceName.of("Montreal").sameAs("Montréal")).isTrue();
    }

    @Test
    void readsASpeltOutUmlautAsTheUmlaut() {
        assertThat(PlaceName.of("Zürich").sameAs("Zuerich")).isTrue();
        assertThat(PlaceName.of("Düsseldorf").sameAs("Duesseldorf")).isTrue();
        assertThat(PlaceName.of("Köln").sameAs("Koeln")).isTrue();
    }

    @Test
    void readsSharpSAsDoubleS() {
        assertThat(PlaceName.of("Gießen").sameAs("Giessen")).isTrue();
    }

    @Test
    void ignoresPunctuation() {
        assertThat(PlaceName.of("Frankfurt a. M.").sameAs("frankfurt a m")).isTrue();
    }

    @Test
    void tellsDifferentPlacesApart() {
        assertThat(PlaceName.of("Berlin").sameAs("Bern")).isFalse();
        assertThat(PlaceName.of("Berlin").sameAs(null)).isFalse();
    }
}
