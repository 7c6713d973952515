/**
 * Customers' addresses, which regulators require before some numbers can be bought (a Berlin number needs a
 * Berlin address).
 */
package ai.talkturo.numbers.domain.address;
