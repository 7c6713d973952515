/**
 * What routing needs from outside: the current routes when it starts, and a carrier to place outbound calls.
 */
package ai.talkturo.numbers.routing.port;
