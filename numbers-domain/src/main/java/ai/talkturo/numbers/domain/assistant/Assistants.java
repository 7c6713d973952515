package ai.talkturo.numbers.domain.assistant;

import java.util.List;
import java.util.Optional;

/** The assistants the product keeps, of every account. */
public interface Assistants {

    Optional<Assistant> byId(String id);

    /** The assistant with this id if it belongs to this account; empty otherwise, so ids of other accounts cannot be probed. */
    Optional<Assistant> inAccount(String accountId, String id);

    List<Assistant> ofAccount(String accountId);

    void add(Assistant assistant);

    void update(Assistant assistant);

    void remove(Assistant assistant);
}
