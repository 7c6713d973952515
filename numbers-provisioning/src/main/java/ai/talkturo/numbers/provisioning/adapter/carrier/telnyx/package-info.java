/**
 * The Telnyx carrier: its API v2 for numbers spoken over a JAX-RS client ({@code TelnyxApi}), guarded by MicroProfile
 * Fault Tolerance ({@code TelnyxCarrier}), compliance profiles handed over as requirement groups
 * ({@code TelnyxRequirements}), and the reading of its {@code number_order.complete} webhook
 * ({@code TelnyxOrderEvent}).
 */
package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;
