/**
 * The use cases of buying, keeping and releasing numbers, and of the accounts and assistants that hold them.
 */
package ai.talkturo.numbers.provisioning;
