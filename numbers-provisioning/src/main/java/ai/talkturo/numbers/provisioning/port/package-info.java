/**
 * What provisioning needs from a carrier: search its inventory, order a number, ask about an order, release a
 * number, place an outbound call. Each carrier adapter implements
 * {@link ai.talkturo.numbers.provisioning.port.Carrier}.
 */
package ai.talkturo.numbers.provisioning.port;
