package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsAndKeysIT {

    private final URL deployment = SharedNumbers.url();

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void runsOnPayaraMicroAgainstMariaDb() {
        Api.Answer health = api.get("health", null);

        assertThat(health.status()).as(health.text()).isEqualTo(200);
        JsonObject database = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "database".equals(check.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no database check: " + health.text()));
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("product")).isIn("MariaDB", "MySQL");
        assertThat(health.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .as("every check answers, the instance's too: %s", health.text())
                .extracting(check -> check.getString("name") + " " + check.getString("status"))
                .containsExactlyInAnyOrder("database UP", "instance UP");
    }

    @Test
    void openingAnAccountReturnsAKeyThatReadsIt() {
        Api.Account account = api.openAccount("Acme Voice", "starter");

        Api.Answer own = api.get("api/account", account.key());

        assertThat(own.status()).isEqualTo(200);
        JsonObject json = own.json().getJsonObject("account");
        assertThat(own.json().getBoolean("success")).isTrue();
        assertThat(json.getString("id")).isEqualTo(account.id()).startsWith("acc_");
        assertThat(json.getString("plan")).isEqualTo("starter");
        assertThat(json.getInt("numberLimit")).isEqualTo(5);
        assertThat(json.getInt("numbersInUse")).isZero();
        assertThat(json.getBoolean("trialNumberAvailable")).isFalse();
        assertThat(account.key()).startsWith("nk_");
    }

    @Test
    void aFreeAccountMayTakeATrialNumber() {
        Api.Account account = api.openAccount("Trial Co", "free");

        JsonObject json = api.get("api/account", account.key()).json().getJsonObject("account");

        assertThat(json.getString("plan")).isEqualTo("free");
        assertThat(json.getInt("numberLimit")).isEqualTo(1);
        assertThat(json.getBoolean("trialNumberAvailable")).isTrue();
    }

    @Test
    void refusesAMissingKey() {
        assertProblem(api.get("api/account", null), 401, "unauthenticated");
        assertProblem(api.get("api/countries", null), 401, "unauthenticated");
    }

    @Test
    void refusesAWrongKey() {
        assertProblem(api.get("api/account", "nk_not-a-key-we-ever-issued"), 401, "unauthenticated");
        assertProblem(api.get("api/account", "garbage"), 401, "unauthenticated");
    }

    @Test
    void refusesARevokedKeyFromTheNextRequestOn() {
        Api.Account account = api.openAccount("Revoked Ltd", "pro");
        assertThat(api.get("api/account", account.key()).status()).isEqualTo(200);

        Api.Answer revoked = api.delete("api/admin/api-keys/" + account.keyId(), Api.OPERATOR_KEY);

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertProblem(api.get("api/account", account.key()), 401, "unauthenticated");
    }

    @Test
    void aSecondKeyKeepsWorkingWhenTheFirstIsRevoked() {
        Api.Account account = api.openAccount("Two Keys", "pro");
        Api.Answer issued = api.post("api/admin/accounts/" + account.id() + "/api-keys", Api.OPERATOR_KEY, null);
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        String second = issued.json().getString("apiKey");

        api.delete("api/admin/api-keys/" + account.keyId(), Api.OPERATOR_KEY);

        assertThat(api.get("api/account", second).status()).isEqualTo(200);
        assertProblem(api.get("api/account", account.key()), 401, "unauthenticated");
    }

    @Test
    void operatorEndpointsTakeOnlyTheOperatorKey() {
        Api.Account account = api.openAccount("Not An Operator", "free");

        assertProblem(api.post("api/admin/accounts", account.key(), "{\"name\": \"x\", \"plan\": \"free\"}"), 401, "unauthenticated");
        assertProblem(api.get("api/admin/accounts/" + account.id(), null), 401, "unauthenticated");
    }

    @Test
    void anOperatorChangesThePlan() {
        Api.Account account = api.openAccount("Growing", "free");

        Api.Answer changed = api.patch("api/admin/accounts/" + account.id(), Api.OPERATOR_KEY, "{\"plan\": \"enterprise\"}");

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonObject json = api.get("api/account", account.key()).json().getJsonObject("account");
        assertThat(json.getString("plan")).isEqualTo("enterprise");
        assertThat(json.isNull("numberLimit")).isTrue();
    }

    @Test
    void refusesAnUnknownPlanAndStoresNothing() {
        String name = "Gold " + UUID.randomUUID();

        Api.Answer answer = api.post("api/admin/accounts", Api.OPERATOR_KEY, "{\"name\": \"" + name + "\", \"plan\": \"gold\"}");

        assertProblem(answer, 400, "validation_failed");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("plan");
        assertThat(api.all("api/admin/accounts", Api.OPERATOR_KEY, "accounts"))
                .extracting(account -> account.getString("name"))
                .isNotEmpty()
                .doesNotContain(name);
    }

    @Test
    void anUnknownAccountOrKeyIsNotFound() {
        assertProblem(api.patch("api/admin/accounts/acc_nope", Api.OPERATOR_KEY, "{\"plan\": \"pro\"}"), 404, "not_found");
        assertProblem(api.delete("api/admin/api-keys/key_nope", Api.OPERATOR_KEY), 404, "not_found");
    }

    @Test
    void listsTheSupportedCountries() {
        Api.Account account = api.openAccount("Curious", "free");

        Api.Answer countries = api.get("api/countries", account.key());

        assertThat(countries.status()).isEqualTo(200);
        assertThat(countries.json().getJsonArray("countries").getValuesAs(JsonObject.class))
                .extracting(country -> country.getString("code"))
                .containsExactly("AE", "US", "CA", "DE", "AT", "CH");
        JsonObject germanLocal = typeOf(countries.json(), "DE", "local");
        assertThat(germanLocal.getBoolean("complianceProfileRequired")).isTrue();
        JsonObject business = germanLocal.getJsonObject("requirements").getJsonObject("business");
        assertThat(business.getString("address")).isEqualTo("locality");
        assertThat(business.getJsonArray("documents").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("business_registration", "proof_of_address");
        assertThat(business.getBoolean("registrationNumber")).isTrue();
        assertThat(germanLocal.getJsonObject("requirements").getJsonObject("individual").getJsonArray("documents")
                .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("proof_of_address", "government_id");
        JsonObject usLocal = typeOf(countries.json(), "US", "local");
        assertThat(usLocal.getBoolean("complianceProfileRequired")).isFalse();
        assertThat(usLocal.isNull("requirements")).isTrue();
    }

    private static JsonObject typeOf(JsonObject countries, String code, String type) {
        return countries.getJsonArray("countries").getValuesAs(JsonObject.class).stream()
                .filter(country -> country.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonArray("numberTypes").getValuesAs(JsonObject.class).stream()
                .filter(numberType -> numberType.getString("type").equals(type)).findFirst().orElseThrow();
    }
}
