/**
 * JPA rows and repositories for the tables this module owns: accounts, assistants and phone numbers.
 * The domain never sees a row; each repository maps rows to aggregates and back. Every repository call runs in a
 * transaction, its own when none is open: on the managed executor's and the timers' threads the container's
 * EntityManager must not be used outside one.
 */
package ai.talkturo.numbers.provisioning.adapter.persistence;
