package ai.talkturo.numbers.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonConfigTest {

    private final Jsonb jsonb = new JsonConfig().getContext(Object.class);

    @Test
    void readsAWellFormedBody() {
        AssistantRequests.Create create = jsonb.fromJson("{\"name\": \"Ava\", \"voice\": null}", AssistantRequests.Create.class);

        assertThat(create.name).isEqualTo("Ava");
        assertThat(create.voice).isNull();
    }

    @Test
    void refusesANumberWhereTextBelongs() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\": 42}", AssistantRequests.Create.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void refusesAnUnknownField() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\": \"Ava\", \"colour\": \"blue\"}", AssistantRequests.Create.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void writesPropertiesInTheOrderTheRecordDeclaresThem() {
        assertThat(jsonb.toJson(new AssistantsResource.AssistantDeleted(true, "as_1"))).isEqualTo("{\"success\":true,\"id\":\"as_1\"}");
    }
}
