/** The sandbox carrier's tables: the numbers it sold, the calls it plays out and its numbers "owned elsewhere". */
package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;
