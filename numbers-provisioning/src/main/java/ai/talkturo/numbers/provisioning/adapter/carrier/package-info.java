/**
 * The carriers Numbers buys from, each behind the {@link ai.talkturo.numbers.provisioning.port.Carrier} port: Twilio
 * and Telnyx over their REST APIs, and the built-in sandbox that sells plausible numbers without a carrier account.
 */
package ai.talkturo.numbers.provisioning.adapter.carrier;
