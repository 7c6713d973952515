/** Posts signed events to partners with the JDK's HTTP client, checking each destination again first. */
package ai.talkturo.numbers.web.partners.adapter.http;
