package ai.talkturo.numbers.web.api;

/** The answer that carries one phone number. */
public record PhoneNumberAnswer(boolean success, PhoneNumberJson phoneNumber) {
}
