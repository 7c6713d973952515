/**
 * The carriers' webhooks: inbound calls, call status and order events, each accepted only with a valid
 * signature.
 */
package ai.talkturo.numbers.web.webhooks;
