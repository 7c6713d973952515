/**
 * Routing's own tables ({@code calls}, {@code campaigns}, {@code campaign_contacts}) through JPA rows: the
 * repositories of calls and campaigns, and the claims that let a contact be dialled once.
 */
package ai.talkturo.numbers.routing.adapter.persistence;
