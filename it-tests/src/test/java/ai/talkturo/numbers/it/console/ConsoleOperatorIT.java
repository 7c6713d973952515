package ai.talkturo.numbers.it.console;

import static ai.talkturo.numbers.it.console.ConsoleCustomerIT.display;
import static ai.talkturo.numbers.it.console.ConsoleCustomerIT.newUsername;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.SharedNumbers;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An operator in the console, and what the customers see of it. */
class ConsoleOperatorIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int PHONE_WIDTH = 390;
    /** The elements whose content is wider than they are, which they cut off or scroll sideways; form fields aside. */
    private static final String CUT_SIDEWAYS = """
            return Array.from(document.body.querySelectorAll('*')).filter(function (element) {
                var overflow = getComputedStyle(element).overflowX;
                return overflow !== 'visible' && element.scrollWidth > element.clientWidth + 1
                        && !element.matches('input, select, textarea, option, .visually-hidden');
            }).map(function (element) {
                return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                        + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                        + ' is ' + element.scrollWidth + ' px wide in ' + element.clientWidth + ' px';
            });
            """;

    private final URL deployment = SharedNumbers.forConsole();

    private Api api;
    /** The operator's browser, one for the class, made as new before each test. */
    private static Browser operatorBrowser;
    private Console operator;
    private String screenshot;

    @BeforeAll
    static void openBrowser() {
        operatorBrowser = Browser.open(SharedNumbers.forConsole());
    }

    @AfterAll
    static void closeBrowser() {
        if (operatorBrowser != null) {
            operatorBrowser.close();
        }
    }

    @BeforeEach
    void signInAsOperator(TestInfo test) {
        api = new Api(deployment);
        operator = new Console(operatorBrowser);
        screenshot = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
        operator.logInAsOperator();
    }

    @AfterEach
    void forgetTheOperator() {
        try {
            operatorBrowser.screenshot(screenshot);
        } finally {
            operatorBrowser.forgetEverything();
        }
    }

    @Test
    void anOperatorSuspendsANumberAndTheCustomerSeesItSuspended() {
        String name = unique("Suspended Voice");
        Api.Account account = api.openAccount(name, "starter");
        String username = addPerson(account, name);
        String number = activeNumber(account, "{\"countryCode\": \"US\", \"areaCode\": \"312\"}");

        operator.openOperatorNumbers("active");
        operator.suspend(number, "Reported for unwanted calls; write to support to resume");

        operator.awaitStatus(number, "suspended");
        assertThat(operator.awaitNotice("is suspended")).startsWith(display(number));
        assertThat(operator.rowText(number)).contains(name, "Reported for unwanted calls");
        operatorBrowser.screenshot("operator-numbers");
        Accessibility.check(operatorBrowser);
        try (Browser customerBrowser = Browser.open(deployment)) {
            Console customer = new Console(customerBrowser);
            customer.logIn(username, PASSWORD);
            customerBrowser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
            assertThat(customer.statusOf(number)).isEqualTo("suspended");
            assertThat(customer.rowText(number)).contains("Suspended", "Reported for unwanted calls; write to support to resume");
            assertThat(customerBrowser.findAll(By.cssSelector("tr[data-number='" + number + "'] select"))).isEmpty();
            customerBrowser.screenshot(getClass().getSimpleName() + "-theCustomerSeesItSuspended");

            operator.resume(number);
            operator.awaitStatus(number, "active");
            customer.openPhoneNumbers();
            assertThat(customer.statusOf(number)).isEqualTo("active");
        }
        assertThat(api.get("api/phone-numbers/" + id(account, number), account.key()).json().getJsonObject("phoneNumber")
                .getString("status")).isEqualTo("active");
    }

    /** What a newcomer does with the admin password alone: open an account, then buy, assign and release in it. */
    @Test
    void anOperatorOpensAnAccountAndBuysAssignsAndReleasesANumberInIt() {
        String name = unique("Newcomer Co");
        operatorBrowser.visit("/console/operator/accounts.xhtml");
        operatorBrowser.type(By.id("accounts:new-name"), name);
        new Select(operatorBrowser.find(By.id("accounts:new-plan"))).selectByValue("starter");
        operatorBrowser.click(By.id("accounts:open"));
        assertThat(operator.awaitNotice("is open")).startsWith(name + " is open on the Starter plan");
        operatorBrowser.click(By.cssSelector("tr[data-account='" + name + "'] [data-role=work-in]"));
        operatorBrowser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
        assertThat(operatorBrowser.find(By.id("acting")).getText()).contains(name);
        operator.createAssistant("Reception", "Welcome to " + name + ".");

        operator.openPhoneNumbers();
        Accessibility.check(operatorBrowser);
        operator.openBuyDialog();
        String number = operator.searchUsLocal("617").get(0);
        operator.buy(number);
        operator.awaitBought(number);
        operator.awaitStatus(number, "active");
        operator.assign(number, "Reception");
        operator.awaitNotice("rings through to Reception");
        operator.release(number);
        operator.awaitNotice("is released");

        operatorBrowser.click(By.id("acting:leave"));
        operatorBrowser.await(ExpectedConditions.urlContains("/console/operator/accounts.xhtml"));
        assertThat(operatorBrowser.findAll(By.id("acting"))).isEmpty();

        operatorBrowser.click(By.id("nav-attention"));
        operatorBrowser.await(ExpectedConditions.urlContains("/console/operator/attention.xhtml"));
        operatorBrowser.find(By.id("attention:pending"));
        Accessibility.check(operatorBrowser);
    }

    /** On a phone the Accounts page scrolls only up and down: each account is a card of labelled lines. */
    @Test
    void theAccountsPageFitsAPhoneScreen() {
        String name = unique("Narrow Screen Company With A Long Name");
        Api.Account account = api.openAccount(name, "starter");
        String username = addPerson(account, name);
        WebDriver.Window window = operatorBrowser.driver().manage().window();
        Dimension wide = window.getSize();
        window.setSize(new Dimension(PHONE_WIDTH, 844));
        try {
            operatorBrowser.visit("/console/operator/accounts.xhtml");
            operatorBrowser.type(By.id("accounts:query"), name);
            operatorBrowser.await(driver -> driver.findElements(By.cssSelector("tr[data-account]")).size() == 1);
            operatorBrowser.screenshot("operator-accounts-phone");
            JavascriptExecutor script = (JavascriptExecutor) operatorBrowser.driver();
            assertThat(number(script.executeScript("return window.innerWidth;"))).isEqualTo(PHONE_WIDTH);

            assertThat(number(script.executeScript("return document.documentElement.scrollWidth;")))
                    .as("the page is no wider than the screen").isLessThanOrEqualTo(PHONE_WIDTH);
            assertThat(script.executeScript(CUT_SIDEWAYS)).as("parts of the page that scroll or cut their content sideways")
                    .asList().isEmpty();
            WebElement row = operatorBrowser.find(By.cssSelector("tr[data-account='" + name + "']"));
            assertThat(row.getText()).contains(name, username, "0 of");
            assertThat(script.executeScript("return getComputedStyle(arguments[0], '::before').content;",
                    row.findElement(By.cssSelector("td[data-label='Plan']")))).isEqualTo("\"Plan\"");
            Accessibility.check(operatorBrowser);
        } finally {
            window.setSize(wide);
        }
    }

    @Test
    void seesAComplianceProfileTheCarrierRejectedWithItsReasonOnNeedsAttention() {
        Api.Account account = api.openAccount(unique("Rejected Profiles"), "pro");
        Api.Answer created = api.post("api/compliance-profiles", account.key(), "{\"countryCode\": \"AT\", "
                + "\"numberType\": \"mobile\", \"endUserType\": \"individual\", \"endUser\": {\"name\": "
                + "\"REJECT Mayer\", \"email\": \"mayer@example.com\"}}");
        String id = created.json().getJsonObject("profile").getString("id");
        Api.Answer address = api.post("api/addresses", account.key(), "{\"customerName\": \"Mayer\", \"street\": "
                + "\"Ring 1\", \"city\": \"Wien\", \"postalCode\": \"1010\", \"countryCode\": \"AT\"}");
        api.patch("api/compliance-profiles/" + id, account.key(), "{\"addressId\": \""
                + address.json().getJsonObject("address").getString("id") + "\"}");
        api.upload("api/compliance-profiles/" + id + "/documents", account.key(), "government_id", "passport.jpg",
                new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0});
        assertThat(api.post("api/compliance-profiles/" + id + "/submit", account.key(), null).status()).isEqualTo(200);
        Api.await("the sandbox rejects the profile", Duration.ofSeconds(30), () -> api.get("api/compliance-profiles/"
                + id, account.key()).json().getJsonObject("profile").getString("status").equals("rejected"));

        operatorBrowser.visit("/console/operator/attention.xhtml");

        String row = operatorBrowser.find(By.cssSelector("#attention\\:profiles [data-profile='" + id + "']")).getText();
        assertThat(row).contains("Austria", "REJECT Mayer", "Rejected", "REJECT");
    }

    @Test
    void refusesToSuspendWithoutAReason() {
        Api.Account account = api.openAccount("Reasonless", "starter");
        String number = activeNumber(account, "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}");
        operator.openOperatorNumbers("active");

        operator.suspend(number, " ");

        assertThat(operator.awaitNotice("Say why")).contains("the customer reads it");
        assertThat(operatorBrowser.find(By.id("suspend-dialog")).isDisplayed()).isTrue();
        assertThat(operator.statusOf(number)).isEqualTo("active");
    }

    @Test
    void anOperatorChangesAPlanAndAddsAPersonToAnAccount() {
        String name = unique("Growing Co");
        Api.Account account = api.openAccount(name, "free");
        operatorBrowser.visit("/console/operator/accounts.xhtml");
        operatorBrowser.type(By.id("accounts:query"), name);
        String row = "tr[data-account='" + name + "']";
        operatorBrowser.await(driver -> driver.findElements(By.cssSelector("tr[data-account]")).size() == 1);

        new Select(operatorBrowser.find(By.cssSelector(row + " select"))).selectByValue("pro");
        operatorBrowser.click(By.cssSelector(row + " input[value='Change']"));

        assertThat(operator.awaitNotice("plan now")).isEqualTo(name + " is on the Pro plan now.");
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getString("plan")).isEqualTo("pro");
        String username = addPerson(account, name);
        assertThat(operatorBrowser.find(By.cssSelector(row)).getText()).contains(username);
        operatorBrowser.screenshot("operator-accounts");
        Accessibility.check(operatorBrowser);
    }

    @Test
    void theOperatorPagesAreClosedToCustomers() {
        String name = unique("Curious Co");
        Api.Account account = api.openAccount(name, "free");
        String username = addPerson(account, name);
        try (Browser customerBrowser = Browser.open(deployment)) {
            new Console(customerBrowser).logIn(username, PASSWORD);
            customerBrowser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
            assertThat(customerBrowser.findAll(By.id("nav-accounts"))).isEmpty();

            customerBrowser.visit("/console/operator/accounts.xhtml");

            assertThat(customerBrowser.driver().getPageSource()).contains("Not for this account", "Go to the console")
                    .doesNotContain(name).doesNotContain("Payara");
        }
    }

    private static int number(Object javascriptNumber) {
        return (int) Math.round(((Number) javascriptNumber).doubleValue());
    }

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** The operator adds a person to the account through the Accounts page; answers the username. */
    private String addPerson(Api.Account account, String accountName) {
        String username = newUsername();
        operatorBrowser.visit("/console/operator/accounts.xhtml");
        operatorBrowser.type(By.id("accounts:query"), accountName);
        operatorBrowser.await(driver -> driver.findElements(By.cssSelector("tr[data-account]")).size() == 1);
        operatorBrowser.click(By.cssSelector("tr[data-account='" + accountName + "'] input[value^='Add person']"));
        operatorBrowser.type(By.id("user:username"), username);
        operatorBrowser.type(By.id("user:password"), PASSWORD);
        operatorBrowser.click(By.id("user:confirm-user"));
        assertThat(operator.awaitNotice("can now sign in")).isEqualTo(username + " can now sign in to " + accountName + ".");
        return username;
    }

    private String activeNumber(Api.Account account, String filters) {
        String number = api.anOffer(account.key(), filters);
        String id = api.purchase(account.key(), number).json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), id, "active", Duration.ofSeconds(30));
        return number;
    }

    private String id(Api.Account account, String number) {
        return api.all("api/phone-numbers", account.key(), "phoneNumbers").stream()
                .filter(json -> json.getString("phoneNumber").equals(number))
                .findFirst().orElseThrow().getString("id");
    }
}
