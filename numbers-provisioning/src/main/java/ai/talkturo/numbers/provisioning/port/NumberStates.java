package ai.talkturo.numbers.provisioning.port;

import java.util.function.Consumer;

/**
 * Every number as it stands, read in the order of their ids a page at a time, for a module that loads them all at
 * once (routing's table at start): a million numbers load without a million rows in memory.
 */
public interface NumberStates {

    /** Every number that answers calls: {@code active} or {@code suspended}. */
    void forEachAnswering(Consumer<NumberState> sink);

    /** Every number, whatever its status. */
    void forEach(Consumer<NumberState> sink);
}
