/**
 * Assistants: the AI voice agents of an account that answer and place calls through its numbers.
 * Their configuration is kept here, not interpreted.
 */
package ai.talkturo.numbers.domain.assistant;
