package ai.talkturo.numbers.it.console;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What a person does in the console, page by page, through one {@link Browser}. */
final class Console {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "it-admin-password";

    private static final By NOTICES = By.cssSelector("ul.notices li, [id$=':notices'] li, [id$=':messages'] li");

    private final Browser browser;

    Console(Browser browser) {
        this.browser = browser;
    }

    Browser browser() {
        return browser;
    }

    // Signing in and out

    void signUp(String accountName, String username, String password) {
        browser.visit("/console/signup.xhtml");
        browser.type(By.id("signup:account"), accountName);
        browser.type(By.id("signup:username"), username);
        browser.type(By.id("signup:password"), password);
        browser.type(By.id("signup:password-again"), password);
        browser.click(By.id("signup:create"));
        browser.await(ExpectedConditions.urlContains("/console/numbers.xhtml"));
    }

    /** Types a username and password into the login page and presses Sign in. */
    void logIn(String username, String password) {
        browser.visit("/console/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:sign-in"));
    }

    void logInAsOperator() {
        logIn(ADMIN, ADMIN_PASSWORD);
        browser.await(ExpectedConditions.urlContains("/console/operator/numbers.xhtml"));
    }

    void signOut() {
        browser.click(By.id("session:sign-out"));
        browser.await(ExpectedConditions.urlContains("/console/login.xhtml"));
    }

    /** The messages the page shows now, success and refusal alike. */
    List<String> notices() {
        return browser.findAll(NOTICES).stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    String awaitNotice(String part) {
        return browser.await(driver -> notices().stream().filter(text -> text.contains(part)).findFirst().orElse(null));
    }

    // Phone Numbers page

    void openPhoneNumbers() {
        browser.visit("/console/numbers.xhtml");
        browser.find(By.id("numbers:table"));
    }

    void openBuyDialog() {
        browser.click(By.id("numbers:buy"));
        browser.visible(By.id("buy:search-button"));
    }

    /** In the open Buy Number dialog: searches local numbers of a US area code and answers the numbers offered. */
    List<String> searchUsLocal(String areaCode) {
        new Select(browser.visible(By.id("buy:country"))).selectByValue("US");
        browser.type(By.id("buy:area"), areaCode);
        browser.click(By.id("buy:search-button"));
        browser.find(By.cssSelector("[data-offer]"));
        return browser.findAll(By.cssSelector("[data-offer]")).stream().map(offer -> offer.getAttribute("data-offer")).toList();
    }

    /** In the open Buy Number dialog, after a search: presses Buy next to this number. */
    void buy(String e164) {
        browser.click(By.cssSelector("[data-offer='" + e164 + "'] [data-role=buy]"));
    }

    /** The dialog closed and the number is in the table. */
    void awaitBought(String e164) {
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("buy-dialog")));
        browser.find(row(e164));
    }

    String statusOf(String e164) {
        return browser.find(row(e164)).getAttribute("data-status");
    }

    void awaitStatus(String e164, String status) {
        browser.await(driver -> status.equals(driver.findElement(row(e164)).getAttribute("data-status")));
    }

    String rowText(String e164) {
        return browser.find(row(e164)).getText();
    }

    void assign(String e164, String assistantName) {
        new Select(browser.find(By.cssSelector(rowCss(e164) + " select[data-role=assistant]"))).selectByVisibleText(assistantName);
    }

    String assistantOf(String e164) {
        return new Select(browser.find(By.cssSelector(rowCss(e164) + " select[data-role=assistant]"))).getFirstSelectedOption().getText();
    }

    void release(String e164) {
        browser.click(By.cssSelector(rowCss(e164) + " [data-role=release]"));
        browser.visible(By.id("release:confirm-release"));
        browser.click(By.id("release:confirm-release"));
    }

    boolean hasRow(String e164) {
        return !browser.findAll(row(e164)).isEmpty();
    }

    /** Marks the page, so that a test can tell whether the browser loaded it again meanwhile. */
    void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.numbersPageMark = 'still here';");
    }

    boolean pageStillMarked() {
        return "still here".equals(((JavascriptExecutor) browser.driver()).executeScript("return window.numbersPageMark;"));
    }

    // Assistants page

    void createAssistant(String name, String firstMessage) {
        browser.visit("/console/assistants.xhtml");
        browser.click(By.id("assistants:create"));
        browser.type(By.id("assistant:name"), name);
        browser.type(By.id("assistant:first-message"), firstMessage);
        browser.click(By.id("assistant:save"));
        browser.find(By.cssSelector("[data-assistant='" + name + "']"));
    }

    // Operator pages

    /** The operators' Numbers page, showing only numbers in this status. */
    void openOperatorNumbers(String status) {
        browser.visit("/console/operator/numbers.xhtml?status=" + status);
        browser.find(By.id("numbers:table"));
    }

    void suspend(String e164, String reason) {
        browser.click(By.cssSelector(rowCss(e164) + " [data-role=suspend]"));
        browser.type(By.id("suspend:reason"), reason);
        browser.click(By.id("suspend:confirm-suspend"));
    }

    void resume(String e164) {
        browser.click(By.cssSelector(rowCss(e164) + " [data-role=resume]"));
    }

    private static By row(String e164) {
        return By.cssSelector(rowCss(e164));
    }

    private static String rowCss(String e164) {
        return "tr[data-number='" + e164 + "']";
    }
}
