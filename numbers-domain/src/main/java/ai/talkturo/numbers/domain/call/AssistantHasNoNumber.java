package ai.talkturo.numbers.domain.call;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses an outbound call for an assistant that has no active number it may show as caller ID. */
public final class AssistantHasNoNumber extends DomainException {

    private final String assistantId;

    public AssistantHasNoNumber(String assistantId) {
        super("assistant " + assistantId + " has no active number that can be shown as caller ID; assign one with "
                + "PUT /api/assistants/" + assistantId + "/phone-numbers/{phoneNumberId} (geographic numbers of the "
                + "United Arab Emirates only receive calls)");
        this.assistantId = assistantId;
    }

    public String assistantId() {
        return assistantId;
    }
}
