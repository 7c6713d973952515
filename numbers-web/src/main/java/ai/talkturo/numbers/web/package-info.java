/**
 * The WAR that wires the modules together: REST API, carrier webhooks, console and security.
 */
package ai.talkturo.numbers.web;
