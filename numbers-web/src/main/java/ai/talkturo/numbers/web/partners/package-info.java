/**
 * Partner webhooks: what an account's partner hears of its numbers, written to an outbox in the same transaction
 * as the change, then POSTed to the account's URL, signed, retried with backoff and delivered at least once. The
 * use cases are here; their ports in {@code port}, their tables in {@code adapter.persistence}, their HTTP client in
 * {@code adapter.http}.
 */
package ai.talkturo.numbers.web.partners;
