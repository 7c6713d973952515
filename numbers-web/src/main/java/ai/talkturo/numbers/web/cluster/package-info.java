/**
 * Running as one of several instances: this instance's name and start, the platform's data grid (Payara Micro's
 * Hazelcast) that tells instances of each other, and what health says about both.
 */
package ai.talkturo.numbers.web.cluster;
