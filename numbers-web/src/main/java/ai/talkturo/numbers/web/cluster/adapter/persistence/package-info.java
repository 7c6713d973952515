/** The cluster's tables: the instances with their last heartbeat, and the leases on the timed jobs. */
package ai.talkturo.numbers.web.cluster.adapter.persistence;
