package ai.talkturo.numbers.web.security;

/** A partner key that was presented and found valid: the hash it is known by, and the account it opens. */
public record PartnerKey(String hash, String accountId) {
}
