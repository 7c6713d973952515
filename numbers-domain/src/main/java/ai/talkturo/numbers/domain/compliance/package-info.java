/**
 * Regulatory compliance: the proof of who and where a customer is that most numbers outside the United States and
 * Canada are sold with. A {@link ai.talkturo.numbers.domain.compliance.ComplianceProfile} holds it for one country,
 * number type and kind of end user; {@link ai.talkturo.numbers.domain.compliance.ComplianceRequirements} say what it
 * must hold and whether a number needs one at all.
 */
package ai.talkturo.numbers.domain.compliance;
