/**
 * Inbound answers written as TwiML, the XML that Twilio reads and that Telnyx's TeXML speaks too.
 */
package ai.talkturo.numbers.routing.adapter.twiml;
