package ai.talkturo.numbers.domain.campaign;

/** How many of a campaign's contacts are in each status. */
public record ContactTally(long pending, long dialing, long completed, long voicemail, long failed, long skipped) {

    public long total() {
        return pending + dialing + completed + voicemail + failed + skipped;
    }

    /** Every contact is done: none waits and none is being dialled. */
    public boolean done() {
        return pending == 0 && dialing == 0;
    }
}
