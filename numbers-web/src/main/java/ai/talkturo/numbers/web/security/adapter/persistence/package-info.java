/** The tables of who may call: partner keys' hashes, the console's users and the generated operator key's hash. */
package ai.talkturo.numbers.web.security.adapter.persistence;
