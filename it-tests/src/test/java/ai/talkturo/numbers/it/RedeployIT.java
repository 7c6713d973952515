package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** What was stored before a redeploy is there after it: the data lives in MariaDB, not in the server. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedeployIT {

    private static final String NUMBERS = "numbers";
    private static Api.Account account;
    private static String assistantId;

    @Deployment(name = NUMBERS, managed = false, testable = false)
    static WebArchive numbers() {
        return NumbersWar.built();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    @Order(1)
    void deploys() {
        deployer.deploy(NUMBERS);
    }

    @Test
    @Order(2)
    void storesAnAccountAndAnAssistant(@ArquillianResource @OperateOnDeployment(NUMBERS) URL url) {
        Api api = new Api(url);
        account = api.openAccount("Before Redeploy", "pro");
        assistantId = api.post("api/assistants", account.key(), "{\"name\": \"Survivor\"}")
                .json().getJsonObject("assistant").getString("id");
    }

    @Test
    @Order(3)
    void redeploys() {
        deployer.undeploy(NUMBERS);
        deployer.deploy(NUMBERS);
    }

    @Test
    @Order(4)
    void findsThemAfterTheRedeploy(@ArquillianResource @OperateOnDeployment(NUMBERS) URL url) {
        Api api = new Api(url);

        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getString("plan")).isEqualTo("pro");
        assertThat(api.get("api/assistants/" + assistantId, account.key()).json().getJsonObject("assistant").getString("name"))
                .isEqualTo("Survivor");
    }

    @Test
    @Order(5)
    void undeploys() {
        deployer.undeploy(NUMBERS);
    }
}
