package ai.talkturo.numbers.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.SharedNumbers;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A customer in the console: signing up and in, buying, assigning and releasing a number, running campaigns. */
class ConsoleCustomerIT {

    private static final String PASSWORD = "correct-horse-battery";

    private final URL deployment = SharedNumbers.forConsole();

    /** One browser for the class, made as new before each test: a person who has never been here. */
    private static Browser browser;
    private Console console;
    private String screenshot;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open(SharedNumbers.forConsole());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newPerson(TestInfo test) {
        console = new Console(browser);
        screenshot = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void forgetThePerson() {
        try {
            browser.screenshot(screenshot);
        } finally {
            browser.forgetEverything();
        }
    }

    @Test
    void aNewCustomerSignsUpSignsOutAndSignsInAgain() {
        String username = newUsername();
        browser.visit("/console/signup.xhtml");
        browser.find(By.id("signup:create"));
        Accessibility.check(browser);
        console.signUp("Signup Co", username, PASSWORD);
        assertThat(console.awaitNotice("Welcome")).contains("Free account");
        assertThat(browser.find(By.id("numbers:summary")).getText()).isEqualTo("Free plan · 0 of 1 numbers in use");
        Accessibility.check(browser);

        console.signOut();
        Accessibility.check(browser);
        browser.visit("/console/numbers.xhtml");
        browser.await(ExpectedConditions.urlContains("/console/login.xhtml"));
        console.logIn(username.toUpperCase(), PASSWORD);

        browser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
        assertThat(browser.find(By.cssSelector(".who-name")).getText()).isEqualTo(username);
        browser.visit("/console/");
        browser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
        browser.find(By.id("numbers:table"));
        Accessibility.check(browser);
        org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).as("the browser keeps the session cookie SameSite=Lax").isEqualTo("Lax");
    }

    @Test
    void buysANumberThroughTheDialogAndSeesItTurnActiveWithoutReloading() {
        console.signUp("Buyer Co", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        console.markPage();

        console.openBuyDialog();
        List<String> offers = console.searchUsLocal("415");
        assertThat(offers).hasSizeBetween(1, 20).allSatisfy(offer -> assertThat(offer).startsWith("+1415"));
        assertThat(browser.find(By.cssSelector("[data-offer='" + offers.get(0) + "']")).getText())
                .contains("San Francisco", "$1.15", "per month", "setup");
        browser.screenshot("buy-number-dialog");
        Accessibility.check(browser);
        console.buy(offers.get(0));

        console.awaitBought(offers.get(0));
        assertThat(console.statusOf(offers.get(0))).isEqualTo("purchasing");
        console.awaitStatus(offers.get(0), "active");
        assertThat(console.pageStillMarked()).as("the page was not loaded again").isTrue();
        assertThat(console.rowText(offers.get(0))).contains("+1 415", "United States", "Local", "Active", "left", "$1.15");
        assertThat(console.notices()).anySatisfy(notice -> assertThat(notice).contains("Buying +1 415"));
        Accessibility.check(browser);
    }

    @Test
    void startsAComplianceProfileUploadsItsDocumentsSubmitsItAndBuysABerlinNumberWithIt() throws Exception {
        console.signUp("Berlin Desk GmbH", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        console.openBuyDialog();
        searchBerlin();
        assertThat(browser.find(By.id("profile-advice")).getText()).contains("compliance profile", "Compliance page");

        browser.visit("/console/compliance.xhtml");
        new Select(browser.visible(By.id("new-profile:country"))).selectByValue("DE");
        browser.await(driver -> new Select(driver.findElement(By.id("new-profile:type"))).getOptions().size() == 4);
        new Select(browser.find(By.id("new-profile:type"))).selectByValue("local");
        browser.type(By.id("new-profile:name"), "Berlin Desk GmbH");
        browser.type(By.id("new-profile:email"), "ops@berlin-desk.example");
        browser.type(By.id("new-profile:registration"), "HRB 777");
        browser.click(By.cssSelector("#new-profile details summary"));
        browser.type(By.id("new-profile:address-name"), "Berlin Desk GmbH");
        browser.type(By.id("new-profile:address-street"), "Friedrichstraße 10");
        browser.type(By.id("new-profile:address-postal"), "10117");
        browser.type(By.id("new-profile:address-city"), "Berlin");
        browser.click(By.id("new-profile:add-address"));
        assertThat(console.awaitNotice("Address added")).contains("chosen");
        browser.await(driver -> !new Select(driver.findElement(By.id("new-profile:address"))).getFirstSelectedOption()
                .getAttribute("value").isEmpty());
        browser.click(By.id("new-profile:create"));

        By card = By.cssSelector("[data-profile]");
        assertThat(browser.find(card).getAttribute("data-status")).isEqualTo("draft");
        assertThat(browser.find(By.cssSelector("[data-profile] [data-role=missing]")).getText())
                .contains("business_registration", "proof_of_address");
        upload("business_registration", "register.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(console.awaitNotice("uploaded")).contains("Business registration");
        upload("proof_of_address", "bill.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        browser.await(driver -> driver.findElement(By.cssSelector("[data-profile] [data-role=documents]")).getText()
                .contains("bill.png"));
        assertThat(browser.find(By.cssSelector("[data-profile] [data-role=documents]")).getText())
                .contains("register.pdf");
        upload("government_id", "passport.pdf", "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(console.awaitNotice("not a PDF")).contains("passport.pdf");

        browser.click(By.cssSelector("[data-profile] input[id$='submit-profile']"));
        assertThat(console.awaitNotice("Submitted for review")).isNotEmpty();
        String reviewed = browser.await(driver -> driver.findElement(card).getAttribute("data-status"));
        assertThat(reviewed).isIn("in_review", "approved");
        browser.await(driver -> "approved".equals(driver.findElement(card).getAttribute("data-status")));
        browser.screenshot("compliance-approved");
        Accessibility.check(browser);

        console.openPhoneNumbers();
        console.openBuyDialog();
        searchBerlin();
        assertThat(new Select(browser.find(By.id("buy:profile"))).getFirstSelectedOption().getText())
                .contains("Berlin Desk GmbH");
        browser.type(By.id("buy:area"), "");
        browser.click(By.id("buy:search-button"));
        String[] elsewhere = browser.await(driver -> driver.findElements(By.cssSelector("[data-offer]")).stream()
                .filter(offer -> !offer.getText().contains("Berlin"))
                .map(offer -> new String[] {offer.getAttribute("data-offer"), offer.findElement(
                        By.cssSelector(".needs-address")).getText().replace("Needs an address in ", "")})
                .reduce((first, second) -> second).orElse(null));
        String number = elsewhere[0];
        String city = elsewhere[1];

        console.buy(number);

        By step = By.cssSelector("[data-address-step='" + number + "']");
        browser.visible(step);
        assertThat(textOf(By.cssSelector("[data-address-step] [data-role=address-news]"))).contains(city)
                .contains("the chosen address is not there");
        assertThat(whereOnScreen(step)).as("the address step, opened under the offer").isEqualTo("in view");
        browser.type(addressField("address-name"), "Berlin Desk GmbH");
        browser.type(addressField("address-street"), "Hauptstraße 5");
        browser.type(addressField("address-postal"), POSTAL_CODES.get(city));
        browser.type(addressField("address-city"), city);
        browser.click(By.cssSelector("[data-address-step] input[value='Add address']"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-address-step] [data-role=address-news]"), "Address added"));
        assertThat(whereOnScreen(step)).as("the address step, after adding the address").isEqualTo("in view");
        assertThat(new Select(browser.find(addressField("address"))).getFirstSelectedOption().getText()).contains(city);
        console.buy(number);
        console.awaitBought(number);
        console.awaitStatus(number, "active");
    }

    /** A postal code of each German locality the sandbox sells, for an address there. */
    private static final java.util.Map<String, String> POSTAL_CODES = java.util.Map.of("Berlin", "10117",
            "München", "80331", "Hamburg", "20095", "Frankfurt am Main", "60311", "Köln", "50667", "Stuttgart", "70173",
            "Düsseldorf", "40210");

    private List<String> searchBerlin() {
        new Select(browser.visible(By.id("buy:country"))).selectByValue("DE");
        browser.await(driver -> new Select(driver.findElement(By.id("buy:type"))).getOptions().size() == 4);
        new Select(browser.find(By.id("buy:type"))).selectByValue("local");
        browser.type(By.id("buy:area"), "30");
        browser.click(By.id("buy:search-button"));
        browser.find(By.cssSelector("[data-offer]"));
        return browser.findAll(By.cssSelector("[data-offer]")).stream().map(offer -> offer.getAttribute("data-offer"))
                .toList();
    }

    /** On the Compliance page: uploads a file as a document of the (one) profile. */
    private void upload(String type, String fileName, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("document").resolve(fileName);
        Files.write(file, content);
        new Select(browser.find(By.cssSelector("[data-profile] select[id$='document-type']"))).selectByValue(type);
        browser.find(By.cssSelector("[data-profile] input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("[data-profile] input[id$='upload-document']"));
    }

    @Test
    void explainsInPlainWordsThatTheFreePlanHoldsOneNumber() {
        console.signUp("Greedy Co", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        console.openBuyDialog();
        List<String> offers = console.searchUsLocal("212");
        console.buy(offers.get(0));
        console.awaitBought(offers.get(0));

        console.openBuyDialog();
        console.buy(console.searchUsLocal("212").get(1));

        assertThat(console.awaitNotice("Free plan")).contains("one trial number at a time").contains("upgrade");
        assertThat(browser.find(By.id("buy-dialog")).isDisplayed()).isTrue();
    }

    /** Before a Free account picks a number it reads what the trial number costs, when it ends and how to keep it. */
    @Test
    void saysTheFreePlansTermsBeforeTheSearch() {
        console.signUp("Terms Co", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        console.openBuyDialog();
        WebElement terms = browser.visible(By.id("free-plan-terms"));
        assertThat(terms.getText()).isEqualTo("The Free plan includes one trial number at no charge. It expires 5 days "
                + "after purchase and is then released; upgrading to a paid plan removes the expiry.");
        assertThat(terms.getLocation().getY()).as("said above the search")
                .isLessThan(browser.find(By.id("buy:search-button")).getLocation().getY());

        String number = console.searchUsLocal("213").get(0);
        console.buy(number);
        console.awaitBought(number);
        console.awaitStatus(number, "active");
        console.openBuyDialog();
        assertThat(browser.visible(By.id("free-plan-terms")).getText())
                .startsWith("The Free plan includes one trial number at no charge, and yours is in use.")
                .contains("expires 5 days after purchase");

        browser.visit("/console/account.xhtml");
        browser.click(By.cssSelector("[data-plan='starter'] input[type=submit]"));
        browser.await(ExpectedConditions.alertIsPresent()).accept();
        console.awaitNotice("Starter plan now");
        console.openPhoneNumbers();
        console.openBuyDialog();
        assertThat(browser.findAll(By.id("free-plan-terms"))).as("a paid plan has no trial terms").isEmpty();
    }

    /** The last of twenty German local numbers needs an address in its city: the form for it opens under it, in view. */
    @Test
    void asksForAComplianceProfileRightUnderTheOfferBeingBought() {
        console.signUp("Address Co", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        console.openBuyDialog();
        new Select(browser.visible(By.id("buy:country"))).selectByValue("DE");
        browser.await(driver -> new Select(driver.findElement(By.id("buy:type"))).getFirstSelectedOption()
                .getAttribute("value").equals("local") && driver.findElements(By.id("buy:city")).size() == 1);
        browser.click(By.id("buy:search-button"));
        browser.find(By.cssSelector("[data-offer]"));
        List<WebElement> offers = browser.findAll(By.cssSelector("[data-offer]"));
        assertThat(offers).hasSizeGreaterThan(10);
        String number = offers.get(offers.size() - 1).getAttribute("data-offer");

        console.buy(number);

        By step = By.cssSelector("[data-address-step='" + number + "']");
        browser.visible(step);
        assertThat(textOf(By.cssSelector("[data-address-step] [data-role=address-news]")))
                .contains("only with an approved compliance profile");
        assertThat(whereOnScreen(step)).as("the profile step, opened under the offer").isEqualTo("in view");
        assertThat(browser.findAll(By.cssSelector("[data-offer='" + number + "'] + [data-address-step]")))
                .as("right under the offer").hasSize(1);
        assertThat(browser.find(By.cssSelector("[data-address-step] [data-role=compliance-link]")).getAttribute("href"))
                .endsWith("/console/compliance.xhtml");
        Accessibility.check(browser);
    }

    /** Whether the element is wholly within the browser's window: "in view", or where it is instead. */
    private String whereOnScreen(By by) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                var box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight ? 'in view'
                        : 'from ' + box.top + ' to ' + box.bottom + ' px of a window ' + window.innerHeight + ' px high';
                """, browser.find(by));
    }

    private static By addressField(String id) {
        return By.cssSelector("[data-address-step] [id$=':" + id + "']");
    }

    @Test
    void givesAnActiveNumberToAnAssistantAndTakesItBack() {
        console.signUp("Assigning Co", newUsername(), PASSWORD);
        console.createAssistant("Ava", "Hi, this is Ava. How can I help?");
        String number = buyAnActiveNumber("512");

        console.assign(number, "Ava");

        assertThat(console.awaitNotice("rings through")).isEqualTo(display(number) + " now rings through to Ava.");
        assertThat(console.assistantOf(number)).isEqualTo("Ava");
        browser.visit("/console/assistants.xhtml");
        assertThat(browser.find(By.cssSelector("[data-assistant='Ava']")).getText()).contains(display(number));
        browser.screenshot("assistants");
        Accessibility.check(browser);

        console.openPhoneNumbers();
        console.assign(number, "No assistant");
        assertThat(console.awaitNotice("has no assistant")).startsWith(display(number));
        assertThat(console.assistantOf(number)).isEqualTo("No assistant");
        console.assign(number, "Ava");
        console.awaitNotice("rings through");
        browser.screenshot("phone-numbers");
    }

    @Test
    void releasesANumberOnlyAfterConfirming() {
        console.signUp("Releasing Co", newUsername(), PASSWORD);
        String number = buyAnActiveNumber("206");

        browser.click(By.cssSelector("tr[data-number='" + number + "'] [data-role=release]"));
        browser.visible(By.id("release:confirm-release"));
        assertThat(browser.find(By.id("release-title")).getText()).isEqualTo("Release " + display(number) + "?");
        browser.click(By.cssSelector("#release-dialog .button.ghost"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("release-dialog")));
        assertThat(console.statusOf(number)).isEqualTo("active");

        console.release(number);

        assertThat(console.awaitNotice("is released")).startsWith(display(number));
        browser.await(driver -> !console.hasRow(number));
        assertThat(browser.find(By.id("numbers:summary")).getText()).isEqualTo("Free plan · 0 of 1 numbers in use");
        browser.click(By.id("numbers:show-released"));
        console.awaitStatus(number, "released");
    }

    @Test
    void setsBusinessHoursAndAFallbackInTheCallsPanelAndSeesWhatACallWouldDoNow() {
        console.signUp("Hours Co", newUsername(), PASSWORD);
        String number = buyAnActiveNumber("312");
        browser.click(By.cssSelector("tr[data-number='" + number + "'] [data-role=calls]"));
        browser.visible(By.id("calls:fallback"));
        assertThat(browser.find(By.id("right-now")).getText()).contains("is not answering calls right now");

        browser.type(By.id("calls:fallback"), "+1234");
        browser.click(By.id("calls:save-rules"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("calls:rules"), "Fallback:"));
        assertThat(browser.find(By.id("calls-mistakes")).getText()).contains("is not a valid phone number");

        String closedDay = LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek()
                .getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        browser.type(By.id("calls:fallback"), "+4930901820");
        browser.click(By.id("calls:hours-set"));
        new Select(browser.find(By.id("calls:time-zone"))).selectByValue("UTC");
        for (WebElement day : browser.findAll(By.cssSelector("[name='calls:days']"))) {
            boolean wanted = day.getAttribute("value").equalsIgnoreCase(closedDay);
            if (day.isSelected() != wanted) {
                day.click();
            }
        }
        browser.type(By.id("calls:from"), "00:00");
        browser.type(By.id("calls:to"), "24:00");
        browser.type(By.id("calls:blocked"), "+1900\n+1976");
        browser.click(By.id("calls:save-rules"));

        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("right-now"), "outside business hours"));
        assertThat(browser.find(By.id("right-now")).getText()).contains("the call goes to +4930901820");
        assertThat(console.awaitNotice("Calls to")).contains("+4930901820");
        browser.screenshot("calls-panel");
        browser.click(By.cssSelector("#calls-dialog .button.ghost"));

        browser.click(By.cssSelector("tr[data-number='" + number + "'] [data-role=calls]"));
        browser.visible(By.id("calls:fallback"));
        assertThat(browser.find(By.id("calls:fallback")).getAttribute("value")).isEqualTo("+4930901820");
        assertThat(browser.find(By.id("calls:blocked")).getAttribute("value")).isEqualTo("+1900\n+1976");
        assertThat(browser.find(By.id("calls:hours-set")).isSelected()).isTrue();
    }

    @Test
    void bringsANumberFromTheCustomersOwnAccountAndSaysPlainlyWhenItIsNotThere() {
        console.signUp("Own Numbers Co", newUsername(), PASSWORD);
        console.openPhoneNumbers();
        browser.click(By.id("numbers:bring"));
        browser.visible(By.id("import:phone-number"));
        assertThat(browser.findAll(By.id("import:auth-token"))).hasSize(1);

        new Select(browser.find(By.id("import:provider"))).selectByValue("sandbox");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("import:api-key")));
        assertThat(browser.findAll(By.id("import:auth-token"))).isEmpty();
        browser.type(By.id("import:phone-number"), "+16465550199");
        browser.type(By.id("import:api-key"), "sandbox-own");
        browser.click(By.id("import:import-number"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("import:import-notices"),
                "We could not find +16465550199 in that Sandbox account"));
        browser.screenshot("bring-a-number-dialog");

        browser.type(By.id("import:phone-number"), "+16465550108");
        browser.type(By.id("import:api-key"), "sandbox-own");
        browser.click(By.id("import:import-number"));

        assertThat(console.awaitNotice("now rings here")).contains("+1 646-555-0108");
        WebElement row = browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-number='+16465550108']")));
        assertThat(row.getAttribute("data-status")).isEqualTo("active");
        assertThat(row.findElement(By.cssSelector("[data-role=brought-from]")).getText())
                .isEqualTo("in your sandbox account");
        assertThat(browser.driver().getPageSource()).doesNotContain("sandbox-own");
        browser.screenshot("import-number");
    }

    @Test
    void pointsTheAccountsEventsAtAWebhookAndShowsItsSecretOnce() {
        console.signUp("Hooked Co", newUsername(), PASSWORD);
        browser.visit("/console/account.xhtml");
        assertThat(browser.find(By.id("account:webhook-state")).getText()).isEqualTo("Off");

        browser.type(By.id("account:webhook-url"), "ftp://partner.example/hooks");
        browser.click(By.id("account:save-webhook"));
        assertThat(console.awaitNotice("full address")).contains("https://");

        browser.type(By.id("account:webhook-url"), "https://partner.example/hooks/numbers");
        browser.click(By.id("account:save-webhook"));
        assertThat(console.awaitNotice("now go to")).contains("https://partner.example/hooks/numbers");
        assertThat(browser.visible(By.id("new-secret")).getText()).matches("whsec_[0-9A-Za-z]{43}");
        assertThat(browser.find(By.id("account:webhook-state")).getText()).isEqualTo("On");
        browser.screenshot("account-webhook");
        Accessibility.check(browser);

        browser.click(By.id("account:issue-key"));
        String key = browser.visible(By.id("new-key")).getText();
        Api api = new Api(deployment);
        assertThat(api.get("api/webhook", key).json().getString("url")).isEqualTo("https://partner.example/hooks/numbers");

        browser.visit("/console/account.xhtml");
        assertThat(browser.find(By.id("account:webhook-url")).getAttribute("value")).isEqualTo("https://partner.example/hooks/numbers");
        assertThat(browser.findAll(By.id("new-secret"))).as("the secret is shown once").isEmpty();
        browser.click(By.id("account:remove-webhook"));
        browser.await(ExpectedConditions.alertIsPresent()).accept();
        assertThat(console.awaitNotice("no longer sent")).isNotBlank();
        assertThat(api.get("api/webhook", key).status()).isEqualTo(404);
    }

    /** The login refuses a wrong password, and after five in a row refuses even the right one for a while. */
    @Test
    void refusesAWrongPasswordAndLocksTheUserAfterFive() {
        String username = newUsername();
        console.signUp("Forgetful Co", username, PASSWORD);
        console.signOut();

        console.logIn(username, "not-the-password");
        assertThat(console.awaitNotice("Wrong")).isEqualTo("Wrong username or password.");
        assertThat(browser.path()).startsWith("/console/login.xhtml");
        Accessibility.check(browser);
        console.logIn("nobody-" + username, PASSWORD);
        assertThat(console.awaitNotice("Wrong")).isEqualTo("Wrong username or password.");

        for (int attempt = 2; attempt <= 4; attempt++) {
            console.logIn(username, "still-not-it-" + attempt);
            console.awaitNotice("Wrong");
        }
        console.logIn(username, "fifth-wrong-one");
        assertThat(console.awaitNotice("locked")).startsWith("Too many wrong passwords. This user is locked for 15 more minutes");

        console.logIn(username, PASSWORD);
        assertThat(console.awaitNotice("locked")).contains("try again later");
        assertThat(browser.path()).startsWith("/console/login.xhtml");
    }

    /** The login guards the console only: the API, health and OpenAPI answer as before. */
    @Test
    void theApiAndTheHealthCheckAreUntouchedByTheLogin() {
        Api api = new Api(deployment);
        Api.Account account = api.openAccount("API Co", "free");

        assertThat(api.get("api/account", null).status()).isEqualTo(401);
        assertThat(api.get("api/account", null).contentType()).startsWith("application/problem+json");
        assertThat(api.get("api/account", account.key()).status()).isEqualTo(200);
        assertThat(api.get("health", null).status()).isEqualTo(200);
        assertThat(api.get("openapi", null).status()).isEqualTo(200);
        Api.Answer console = api.get("console/numbers.xhtml", null);
        assertThat(console.status()).isEqualTo(302);

        browser.visit("/console/account.xhtml");
        browser.await(ExpectedConditions.urlContains("/console/login.xhtml"));
    }

    @Test
    void runsACampaignFromPastedAndUploadedContactsAndPausesOneThatWaitsForItsCallingHours() throws Exception {
        console.signUp("Calling Co", newUsername(), PASSWORD);
        console.createAssistant("Cara", "Hi, this is Cara from Calling Co.");
        String number = buyAnActiveNumber("312");
        console.assign(number, "Cara");
        console.awaitNotice("rings through");
        Path csv = Files.createTempFile("contacts", ".csv");
        Files.writeString(csv, "phoneNumber,name\n+13125554500,From the file\n");

        browser.visit("/console/campaigns.xhtml");
        assertThat(browser.find(By.cssSelector(".empty h2")).getText()).isEqualTo("No campaigns yet");
        startCampaign("All day", "+13125554501, Ann\n+13125550000, Busy Bob\n+13125550003", "00:00", "00:00", csv);
        assertThat(console.awaitNotice("is calling")).isEqualTo("All day is calling 4 contacts, each within "
                + "00:00–24:00, every day of their own time.");
        browser.click(By.cssSelector("[data-campaign='All day'] [data-role='show']"));
        browser.await(driver -> {
            driver.findElement(By.id("campaigns:refresh")).click();
            return browser.findAll(By.cssSelector("#contacts-table [data-status='completed']")).size() == 2
                    && browser.findAll(By.cssSelector("#contacts-table [data-status='voicemail']")).size() == 1
                    && browser.findAll(By.cssSelector("#contacts-table [data-status='failed']")).size() == 1;
        });
        assertThat(textOf(By.cssSelector("[data-contact='+1 312-555-0000'] [data-role='detail']"))).contains("busy");
        assertThat(textOf(By.cssSelector("[data-campaign='All day'] [data-role='progress']"))).isEqualTo("4 of 4 done");
        browser.screenshot("campaigns");
        Accessibility.check(browser);

        int hour = ZonedDateTime.now(ZoneId.of("America/Chicago")).getHour();
        int opens = hour <= 20 ? hour + 2 : hour - 3;
        startCampaign("Later", "+13125554502, Dee", String.format("%02d:00", opens), String.format("%02d:00", opens + 1),
                null);
        console.awaitNotice("Later is calling 1 contact");
        browser.await(driver -> {
            driver.findElement(By.id("campaigns:refresh")).click();
            return textOf(By.cssSelector("[data-campaign='Later'] [data-role='status']")).equals("Waiting for calling hours");
        });
        browser.click(By.cssSelector("[data-campaign='Later'] [data-role='show']"));
        browser.await(driver -> {
            driver.findElement(By.id("campaigns:refresh")).click();
            return browser.find(By.id("detail-status")).getText().equals("Waiting for calling hours");
        });
        assertThat(textOf(By.cssSelector("[data-contact='+1 312-555-4502'] [data-role='detail']")))
                .startsWith("Outside its calling hours; called from ");

        browser.click(By.cssSelector("[data-campaign='Later'] [data-role='pause']"));
        assertThat(console.awaitNotice("is paused")).startsWith("Later is paused");
        assertThat(textOf(By.cssSelector("[data-campaign='Later'] [data-role='status']"))).isEqualTo("Paused");
        browser.click(By.cssSelector("[data-campaign='Later'] [data-role='resume']"));
        assertThat(console.awaitNotice("goes on")).isEqualTo("Later goes on where it stopped.");
        assertThat(textOf(By.cssSelector("[data-campaign='Later'] [data-role='status']")))
                .isEqualTo("Waiting for calling hours");
    }

    /** The text of an element, looked up again if Ajax replaced it meanwhile. */
    private String textOf(By by) {
        return browser.await(driver -> driver.findElement(by).getText());
    }

    private void startCampaign(String name, String contacts, String from, String until, Path csv) {
        browser.click(By.id("campaigns:create"));
        browser.visible(By.id("campaign:name"));
        browser.type(By.id("campaign:name"), name);
        browser.type(By.id("campaign:contacts"), contacts);
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("arguments[0].value = arguments[1]", browser.find(By.id("campaign:start")), from);
        script.executeScript("arguments[0].value = arguments[1]", browser.find(By.id("campaign:end")), until);
        if (csv != null) {
            browser.find(By.id("contacts-file")).sendKeys(csv.toAbsolutePath().toString());
            browser.await(driver -> browser.find(By.id("contacts-file-status")).getText().startsWith("Added the lines"));
            assertThat(browser.find(By.id("campaign:contacts")).getAttribute("value")).endsWith("+13125554500,From the file");
        }
        browser.click(By.id("campaign:save"));
    }

    private String buyAnActiveNumber(String areaCode) {
        console.openPhoneNumbers();
        console.openBuyDialog();
        String number = console.searchUsLocal(areaCode).get(0);
        console.buy(number);
        console.awaitBought(number);
        console.awaitStatus(number, "active");
        return number;
    }

    /** {@code +14155550101} as the console writes it: {@code +1 415-555-0101}. */
    static String display(String e164) {
        return "+1 " + e164.substring(2, 5) + "-" + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
