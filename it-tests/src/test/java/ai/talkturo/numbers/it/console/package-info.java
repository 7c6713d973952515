/**
 * The console in a real browser: Selenium drives Debian's headless Chromium against the WAR on Payara Micro, and
 * each test keeps a screenshot under {@code target/screenshots}.
 */
package ai.talkturo.numbers.it.console;
