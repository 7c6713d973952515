/**
 * The built-in sandbox carrier: it sells plausible, valid numbers of every supported country and type,
 * deterministically, and keeps what it sold in its own table so that orders survive restarts and are never filled
 * twice. {@link ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxCarrier} is its CDI face.
 */
package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;
