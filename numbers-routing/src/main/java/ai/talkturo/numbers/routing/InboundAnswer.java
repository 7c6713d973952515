package ai.talkturo.numbers.routing;

import java.util.Map;

/** What an inbound call gets: handed to an assistant's audio stream, told why not and hung up on, or rejected. */
public sealed interface InboundAnswer {

    /** Hand the call's audio to {@code streamUrl}, with {@code parameters} for the assistant's runtime. */
    record Connect(String streamUrl, Map<String, String> parameters) implements InboundAnswer {
    }

    /** Say {@code message}, then hang up. */
    record SayAndHangUp(String message) implements InboundAnswer {
    }

    record Reject() implements InboundAnswer {
    }
}
