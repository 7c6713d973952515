/**
 * The partner and operator REST API under {@code /api}: thin JAX-RS resources, their JSON records, and the one
 * mapper that turns every failure into problem+json.
 */
package ai.talkturo.numbers.web.api;
