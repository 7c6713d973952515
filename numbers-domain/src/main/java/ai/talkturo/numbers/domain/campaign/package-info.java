/**
 * Campaigns: an assistant calling a list of contacts, a few at a time, each contact dialled once. The
 * {@link ai.talkturo.numbers.domain.campaign.Campaign} runs, pauses and completes; each
 * {@link ai.talkturo.numbers.domain.campaign.Contact} goes from pending through dialing to completed or failed.
 */
package ai.talkturo.numbers.domain.campaign;
