/**
 * Telnyx stood in for by {@link ai.talkturo.numbers.it.telnyx.TelnyxSimulator}, which speaks its wire format and
 * keeps its state, and the Telnyx adapter tested against it.
 */
package ai.talkturo.numbers.it.telnyx;
