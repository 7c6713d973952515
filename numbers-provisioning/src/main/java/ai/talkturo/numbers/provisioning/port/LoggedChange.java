package ai.talkturo.numbers.provisioning.port;

/** One entry of the {@link NumberChangeLog}: a number as it stood after a change, under the change's sequence. */
public record LoggedChange(long seq, NumberState number) {
}
