/**
 * What routing needs from outside that only another module can give: a carrier to place outbound calls through.
 * The types here stand on their own (they use the domain, never the rest of routing), so that the use cases depend
 * on the ports and nothing here depends back on them.
 */
package ai.talkturo.numbers.routing.port;
