package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.CustomerAccount;

/**
 * Whose token signed a Twilio webhook: Numbers' own account, which speaks for every number, or a customer's own
 * account, which speaks only for the numbers brought from it.
 */
record TwilioSigner(CustomerAccount customer) {

    static final TwilioSigner NUMBERS = new TwilioSigner(null);

    boolean speaksFor(String phoneNumber) {
        return customer == null || customer.holds(phoneNumber);
    }
}
