/**
 * What every domain event has in common. Events are immutable records that other parts of the product observe
 * after commit, such as routing learning that a number was assigned or released; each lives beside its aggregate.
 */
package ai.talkturo.numbers.domain.event;
