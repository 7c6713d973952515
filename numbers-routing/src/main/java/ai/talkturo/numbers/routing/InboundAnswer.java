package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.Fallback;
import java.util.Map;

/**
 * What an inbound call gets: handed to an assistant's audio stream, passed on to a fallback, told why not and hung
 * up on, or rejected.
 */
public sealed interface InboundAnswer {

    /**
     * Hand the call's audio to {@code streamUrl}, with {@code parameters} for the assistant's runtime; when
     * {@code fallback} is set, a call whose stream ends while the caller is still there goes on to it.
     */
    record Connect(String streamUrl, Map<String, String> parameters, Fallback fallback) implements InboundAnswer {

        public Connect(String streamUrl, Map<String, String> parameters) {
            this(streamUrl, parameters, null);
        }
    }

    /** Ring the fallback, a person or a switchboard, and bridge the caller to it. */
    record Dial(Fallback fallback) implements InboundAnswer {
    }

    /** Say {@code message}, then hang up. */
    record SayAndHangUp(String message) implements InboundAnswer {
    }

    /** The call is over; nothing more to do. */
    record HangUp() implements InboundAnswer {
    }

    record Reject() implements InboundAnswer {
    }
}
