package ai.talkturo.numbers.domain.assistant;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses to tie an assistant to a number of another account: an assistant and its numbers share one account. */
public final class AssistantInAnotherAccount extends DomainException {

    private final String assistantId;
    private final String accountId;

    /**
     * @param assistantId the assistant that was offered
     * @param accountId the account it should have belonged to
     */
    public AssistantInAnotherAccount(String assistantId, String accountId) {
        super("assistant " + assistantId + " does not belong to account " + accountId);
        this.assistantId = assistantId;
        this.accountId = accountId;
    }

    public String assistantId() {
        return assistantId;
    }

    public String accountId() {
        return accountId;
    }
}
