package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssistantsIT {

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;

    @BeforeEach
    void openAccount() {
        api = new Api(deployment);
        account = api.openAccount("Assistants Co", "starter");
    }

    @Test
    void createsReadsChangesAndDeletesAnAssistant() {
        Api.Answer created = api.post("api/assistants", account.key(),
                "{\"name\": \"Ava\", \"firstMessage\": \"Hello, this is Ava.\", \"systemPrompt\": \"Be brief.\", \"voice\": \"alloy\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject assistant = created.json().getJsonObject("assistant");
        String id = assistant.getString("id");
        assertThat(id).startsWith("as_");
        assertThat(assistant.getString("firstMessage")).isEqualTo("Hello, this is Ava.");
        assertThat(assistant.getJsonArray("phoneNumberIds")).isEmpty();

        assertThat(api.get("api/assistants/" + id, account.key()).json().getJsonObject("assistant").getString("name"))
                .isEqualTo("Ava");

        Api.Answer changed = api.patch("api/assistants/" + id, account.key(), "{\"name\": \"Ava 2\", \"voice\": \"\"}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonObject after = api.get("api/assistants/" + id, account.key()).json().getJsonObject("assistant");
        assertThat(after.getString("name")).isEqualTo("Ava 2");
        assertThat(after.isNull("voice")).isTrue();
        assertThat(after.getString("systemPrompt")).isEqualTo("Be brief.");

        assertThat(api.delete("api/assistants/" + id, account.key()).status()).isEqualTo(200);
        assertProblem(api.get("api/assistants/" + id, account.key()), 404, "not_found");
    }

    @Test
    void listsAnAccountsAssistantsPageByPage() {
        for (int i = 0; i < 5; i++) {
            api.post("api/assistants", account.key(), "{\"name\": \"Agent " + i + "\"}");
        }

        Api.Answer first = api.get("api/assistants?limit=2", account.key());
        String cursor = first.json().getString("nextCursor");
        Api.Answer second = api.get("api/assistants?limit=2&cursor=" + cursor, account.key());

        assertThat(first.json().getJsonArray("assistants")).hasSize(2);
        assertThat(second.json().getJsonArray("assistants")).hasSize(2);
        assertThat(api.all("api/assistants", account.key(), "assistants"))
                .extracting(a -> a.getString("name"))
                .containsExactly("Agent 0", "Agent 1", "Agent 2", "Agent 3", "Agent 4");
        assertProblem(api.get("api/assistants?limit=0", account.key()), 400, "validation_failed");
        assertProblem(api.get("api/assistants?limit=101", account.key()), 400, "validation_failed");
    }

    @Test
    void anotherAccountsAssistantIsNotFound() {
        String theirs = api.post("api/assistants", account.key(), "{\"name\": \"Private\"}")
                .json().getJsonObject("assistant").getString("id");
        Api.Account other = api.openAccount("Nosy Co", "starter");

        assertProblem(api.get("api/assistants/" + theirs, other.key()), 404, "not_found");
        assertProblem(api.patch("api/assistants/" + theirs, other.key(), "{\"name\": \"Mine now\"}"), 404, "not_found");
        assertProblem(api.delete("api/assistants/" + theirs, other.key()), 404, "not_found");
        assertThat(api.all("api/assistants", other.key(), "assistants")).isEmpty();
        assertThat(api.get("api/assistants/" + theirs, account.key()).json().getJsonObject("assistant").getString("name"))
                .isEqualTo("Private");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": ",
            "not json at all",
            "[\"Ava\"]",
            "{\"name\": 42}",
            "{\"name\": [\"Ava\"]}",
            "{\"name\": {\"first\": \"Ava\"}}",
            "{\"name\": \"Ava\", \"voice\": true}",
            "{\"name\": \"Ava\", \"colour\": \"blue\"}",
            "{\"name\": \"\"}",
            "{\"name\": \"   \"}",
            "{\"voice\": \"alloy\"}",
            "{}",
            ""})
    void refusesABadBodyAndStoresNothing(String body) {
        Api.Answer answer = api.post("api/assistants", account.key(), body);

        assertProblem(answer, 400, "validation_failed");
        assertThat(api.all("api/assistants", account.key(), "assistants")).isEmpty();
    }

    @Test
    void refusesOversizedStringsAndStoresNothing() {
        String longName = "n".repeat(201);
        String longPrompt = "p".repeat(10_001);

        Api.Answer answer = api.post("api/assistants", account.key(),
                "{\"name\": \"" + longName + "\", \"systemPrompt\": \"" + longPrompt + "\"}");

        assertProblem(answer, 400, "validation_failed");
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("name", "systemPrompt");
        assertThat(api.all("api/assistants", account.key(), "assistants")).isEmpty();
    }

    @Test
    void aBadChangeLeavesTheAssistantAsItWas() {
        String id = api.post("api/assistants", account.key(), "{\"name\": \"Steady\"}")
                .json().getJsonObject("assistant").getString("id");

        for (String body : List.of("{\"name\": \"\"}", "{\"name\": 7}", "{\"nickname\": \"x\"}", "{\"voice\": \"" + "v".repeat(101) + "\"}")) {
            assertProblem(api.patch("api/assistants/" + id, account.key(), body), 400, "validation_failed");
        }

        JsonObject assistant = api.get("api/assistants/" + id, account.key()).json().getJsonObject("assistant");
        assertThat(assistant.getString("name")).isEqualTo("Steady");
        assertThat(assistant.isNull("voice")).isTrue();
    }

    @Test
    void keepsUnicodeTextIntact() {
        String name = "Zoë — 助手 🤖";
        String id = api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}")
                .json().getJsonObject("assistant").getString("id");

        assertThat(api.get("api/assistants/" + id, account.key()).json().getJsonObject("assistant").getString("name"))
                .isEqualTo(name);
    }
}
