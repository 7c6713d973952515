/**
 * Phone numbers: the {@link ai.talkturo.numbers.domain.number.PhoneNumber} aggregate with its lifecycle
 * and assignment rules, and the values it is made of, from E.164 numbers to the supported countries.
 */
package ai.talkturo.numbers.domain.number;
