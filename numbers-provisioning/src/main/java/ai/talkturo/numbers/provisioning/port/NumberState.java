package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;

/** A number as it stands, with what another module needs to follow it: who holds it, its status and its rules. */
public record NumberState(String phoneNumber, String phoneNumberId, String accountId, String assistantId,
                          NumberStatus status, long version, InboundRules inboundRules) {
}
