/**
 * Calls: who answers an inbound call and which caller ID an outbound one uses, from an in-memory routing table
 * kept current by the domain's number events; outbound calls and the campaigns that place them, a few at a time.
 */
package ai.talkturo.numbers.routing;
