/**
 * Outbound calls: the {@link ai.talkturo.numbers.domain.call.Call} an assistant places with one of its numbers as
 * caller ID, the statuses a carrier reports for it, and the event published on each change.
 */
package ai.talkturo.numbers.domain.call;
