/**
 * The console under {@code /console}: Faces backing beans ({@code *Backing}) that call the use cases, and the view
 * models ({@code *View}) the pages read. Customers buy, assign and release numbers; operators run the platform.
 */
package ai.talkturo.numbers.web.console;
