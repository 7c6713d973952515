/**
 * What the partner webhooks' use cases need from outside: the outbox of events, the accounts' webhooks and a client
 * that posts a signed event, and the records they speak in (the event, its data, a pending delivery, its outcome).
 */
package ai.talkturo.numbers.web.partners.port;
