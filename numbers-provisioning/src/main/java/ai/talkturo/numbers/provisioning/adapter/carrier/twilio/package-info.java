/**
 * Twilio as a carrier: {@link ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioNumbers} speaks Twilio's
 * REST API 2010-04-01 and, for compliance profiles as regulatory bundles, its Numbers v2 API over a JAX-RS client, and
 * {@link ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioCarrier} adds configuration and fault
 * tolerance.
 */
package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;
