/**
 * JPA rows and repositories for the tables this module owns: accounts, assistants and phone numbers.
 * The domain never sees a row; each repository maps rows to aggregates and back.
 */
package ai.talkturo.numbers.provisioning.adapter.persistence;
