/** The partner webhooks' tables: the events on their way, the accounts' webhooks and the trial notices sent. */
package ai.talkturo.numbers.web.partners.adapter.persistence;
