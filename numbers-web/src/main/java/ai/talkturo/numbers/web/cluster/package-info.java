/**
 * Running as one of several instances: this instance's name and start, the platform's data grid (Payara Micro's
 * Hazelcast) that tells instances of each other, the leases that keep each timed job on one instance at a time, and
 * what health says about them.
 */
package ai.talkturo.numbers.web.cluster;
