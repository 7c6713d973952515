package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading Telnyx's {@code number_order.complete} webhook into the outcome of an order. */
class TelnyxOrderEventTest {

    @Test
    void readsACompletedOrderAsTheNumbersTelnyxId() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "12ade33a-21c0-473b-b055-b3c836e1c292", "record_type": "number_order", "status": "success",
                 "customer_reference": "pn_01JD", "requirements_met": true, "something_new": {"x": [1, 2]},
                 "phone_numbers": [{"id": "1293384261075731499", "phone_number": "+14155550101", "status": "success",
                                    "requirements_met": true, "requirements_status": "approved"}]}""")).orElseThrow();

        assertThat(event.eventId()).isEqualTo("0ccc7b54-4df3-4bca-a65a-3da1ecc777f0");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
        assertThat(event.orderId()).isEqualTo("12ade33a-21c0-473b-b055-b3c836e1c292");
        assertThat(event.customerReference()).isEqualTo("pn_01JD");
        assertThat(event.outcome()).isEqualTo(new OrderOutcome.Completed("1293384261075731499"));
    }

    @Test
    void readsAnOrderWhoseRequirementsWereNotMetAsTheAddressToGive() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-2", "status": "failure", "customer_reference": "pn_wien", "requirements_met": false,
                 "phone_numbers": [{"id": "2", "phone_number": "+4315123456", "status": "failure",
                                    "requirements_met": false, "requirements_status": "requirement-info-pending"}]}""")).orElseThrow();

        assertThat(event.outcome()).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("needs an address in Austria").contains("+4315123456"));
    }

    @Test
    void readsAnOrderTelnyxCouldNotFillAsAnotherNumberToChoose() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-3", "status": "failure", "customer_reference": "pn_3",
                 "phone_numbers": [{"id": "3", "phone_number": "+12125550142", "status": "failure", "requirements_met": true}]}"""))
                .orElseThrow();

        assertThat(event.outcome()).isEqualTo(new OrderOutcome.Failed("Telnyx could not supply +12125550142; choose another number"));
    }

    @Test
    void readsAnOrderStillRunningAsPendingUnderItsId() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-4", "status": "pending", "customer_reference": "pn_4", "phone_numbers": []}""")).orElseThrow();

        assertThat(event.outcome()).isEqualTo(new OrderOutcome.Pending("o-4"));
    }

    @Test
    void readsANumberSoldBeforeItsDocumentsAreVerifiedAsPendingUntilItsDeadline() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-6", "status": "success", "customer_reference": "pn_6", "requirements_met": false,
                 "phone_numbers": [{"id": "6", "phone_number": "+4315123456", "status": "success",
                                    "requirements_met": false, "requirements_status": "requirement-info-under-review",
                                    "requirement_group_id": "rg-6", "deadline": "2026-12-22T11:14:00Z"}]}"""))
                .orElseThrow();

        assertThat(event.outcome()).isEqualTo(new OrderOutcome.Pending("o-6", "Telnyx is verifying the documents of "
                + "the number's compliance profile (Telnyx requirement group rg-6); the number takes calls once they "
                + "are accepted, by 2026-12-22"));
    }

    @Test
    void readsDeclinedRequirementsAsAFailureWithTelnyxsComments() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-7", "status": "failure", "customer_reference": "pn_7",
                 "phone_numbers": [{"id": "7", "phone_number": "+4315123456", "status": "failure",
                                    "requirements_met": false, "requirements_status": "requirement-info-exception",
                                    "requirement_group_id": "rg-7",
                                    "regulatory_requirements": [
                                      {"requirement_id": "r1", "field_type": "document", "status": "approved"},
                                      {"requirement_id": "r2", "field_type": "address", "name": "Address in Wien",
                                       "status": "declined", "comment": "The lease is older than three months"}]}]}"""))
                .orElseThrow();

        assertThat(event.outcome()).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("declined the documents").contains("rg-7").contains("+4315123456")
                .contains("Address in Wien: The lease is older than three months").doesNotContain("r1"));
    }

    @Test
    void readsAnOrderCancelledAtItsDeadlineAsAFailure() {
        TelnyxOrderEvent event = TelnyxOrderEvent.parse(event("number_order.complete", """
                {"id": "o-8", "status": "failure", "customer_reference": "pn_8",
                 "phone_numbers": [{"id": "8", "phone_number": "+4315123456", "status": "failure",
                                    "requirements_met": false, "requirements_status": "cancelled",
                                    "deadline": "2026-12-22T11:14:00Z"}]}""")).orElseThrow();

        assertThat(event.outcome()).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("cancelled the order for +4315123456").contains("by 2026-12-22"));
    }

    @Test
    void ignoresOtherEventsAndOrdersNumbersDidNotPlace() {
        assertThat(TelnyxOrderEvent.parse(event("call.initiated", "{\"call_control_id\": \"v3:abc\"}"))).isEmpty();
        assertThat(TelnyxOrderEvent.parse(event("number_order.complete", "{\"id\": \"o-5\", \"status\": \"success\"}")))
                .isEmpty();
    }

    @Test
    void refusesABodyThatIsNoTelnyxEvent() {
        assertThatThrownBy(() -> TelnyxOrderEvent.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TelnyxOrderEvent.parse("{\"event_type\": \"number_order.complete\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TelnyxOrderEvent.parse("{\"data\": {\"event_type\": \"number_order.complete\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TelnyxOrderEvent.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String event(String type, String payload) {
        return """
                {"data": {"event_type": "%s", "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
                          "occurred_at": "2026-11-23T10:15:30.123+00:00", "payload": %s, "record_type": "event"},
                 "meta": {"attempt": 1, "delivered_to": "https://numbers.example/webhooks/telnyx/events"}}"""
                .formatted(type, payload);
    }
}
