/**
 * The language of Numbers in plain Java: phone numbers, accounts, assistants and the events between them.
 * Nothing here depends on more than the JDK and libphonenumber; the root holds what every part shares.
 */
package ai.talkturo.numbers.domain;
