package ai.talkturo.numbers.web.api;

/** The answer that carries one account. */
public record AccountAnswer(boolean success, AccountJson account) {
}
