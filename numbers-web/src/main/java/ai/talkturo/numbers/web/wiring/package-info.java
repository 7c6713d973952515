/**
 * Connects the modules' ports to one another: routing learns its routes from provisioning's numbers, and places its
 * calls through provisioning's carriers, here, since the two modules never see each other.
 */
package ai.talkturo.numbers.web.wiring;
