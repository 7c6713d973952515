package ai.talkturo.numbers.web.cluster;

/**
 * Leases on the timed jobs, so that across a cluster each job runs on one instance at a time. A lease is taken for
 * one run and handed back after it; one left by an instance that died mid-run runs out after
 * {@code numbers.purchase.reconcile-after}. Losing the race for a lease is the normal case, not an error.
 */
public interface JobLeases {

    /** The lease the instances of a cluster starting together take turns under, to write the first secrets once. */
    String FIRST_START = "first-start";

    /**
     * Takes the job's lease if nobody else holds it (a lease under this instance's name is one its previous run left
     * behind); answers whether this instance may run the job now.
     */
    boolean take(String job);

    /** Hands the lease back, so that the next beat of any instance may run the job. */
    void handBack(String job);

    /**
     * Waits for the job's row and holds it until the current transaction ends, so that instances doing the same at
     * once take turns; for work that runs once at start rather than on a beat.
     */
    void takeTurns(String job);
}
