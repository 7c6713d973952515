/**
 * Accounts and their plans: how many numbers an account may hold, and the trial number a free
 * account gets, which expires after the configured trial duration.
 */
package ai.talkturo.numbers.domain.account;
