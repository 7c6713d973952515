/**
 * Who is calling: partner API keys (stored hashed, shown once, revocable), the operator key, and the console's
 * users; plus the credentials generated on first start.
 */
package ai.talkturo.numbers.web.security;
