package ai.talkturo.numbers.provisioning.adapter.persistence;

import jakarta.persistence.OptimisticLockException;

/** The optimistic-locking check shared by the repositories: an aggregate may only overwrite the row it was read from. */
final class Versions {

    private Versions() {
    }

    static void requireSame(String id, long rowVersion, long aggregateVersion) {
        if (rowVersion != aggregateVersion) {
            throw new OptimisticLockException(id + " was changed by someone else (version " + rowVersion
                    + ", expected " + aggregateVersion + ")");
        }
    }
}
