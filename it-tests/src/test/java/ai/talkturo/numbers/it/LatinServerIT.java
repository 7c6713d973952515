package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Numbers on a MySQL database whose default character set is latin1 still keeps every name as it was given. */
@ExtendWith(ArquillianExtension.class)
class LatinServerIT {

    private static final String DATABASE = FreshDatabase.url("latin", "latin1");

    @Deployment(testable = false)
    static WebArchive numbers() {
        return NumbersWar.configuredWith(Map.of("numbers.db.url", DATABASE));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void namesInEveryScriptAndEmojiComeBackAsTheyWereGiven() {
        Api api = new Api(deployment);
        Api.Account account = api.openAccount("Zoë & Søn Ølhandel 東京 🚀", "pro");
        String name = "Zoë 🚀 東京 Müller ŁŻ Ελένη العربية";

        String id = api.newAssistant(account.key(), name);

        assertThat(api.get("api/assistants/" + id, account.key()).json().getJsonObject("assistant").getString("name"))
                .isEqualTo(name);
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getString("name"))
                .isEqualTo("Zoë & Søn Ølhandel 東京 🚀");
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                + "DATABASE() AND table_type = 'BASE TABLE' AND table_collation NOT LIKE 'utf8mb4%'")).isZero();
    }
}
