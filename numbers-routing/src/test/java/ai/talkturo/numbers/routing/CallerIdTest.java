package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.call.AssistantHasNoNumber;
import ai.talkturo.numbers.domain.call.CallerIdNotActive;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerIdTest {

    private static final Route US_OLDEST = route("pn_01", "+14155552671");
    private static final Route DE = route("pn_02", "+4930123456");
    private static final Route US_NEWER = route("pn_03", "+12125550147");
    private static final Route AE_LOCAL = route("pn_00", "+97142345678");
    private static final Route AE_MOBILE = route("pn_04", "+971501234567");
    private static final E164Number GERMAN_CALLEE = E164Number.of("+4989123456");
    private static final E164Number US_CALLEE = E164Number.of("+13125550199");
    private static final E164Number SWISS_CALLEE = E164Number.of("+41446681800");

    private static Route route(String id, String number) {
        return new Route(number, id, "acc_1", "as_1", NumberStatus.ACTIVE, 1);
    }

    @Test
    void showsTheNumberAskedForWhenItIsOneOfTheAssistants() {
        assertThat(CallerId.choose("as_1", List.of(US_OLDEST, DE, US_NEWER), US_CALLEE, "+12125550147")).isEqualTo(US_NEWER);
    }

    @Test
    void refusesANumberAskedForThatIsNotOneOfTheAssistants() {
        assertThatThrownBy(() -> CallerId.choose("as_1", List.of(US_OLDEST), US_CALLEE, "+12125550147"))
                .isInstanceOf(CallerIdNotActive.class)
                .hasMessageContaining("+12125550147").hasMessageContaining("not an active number");
    }

    @Test
    void prefersANumberInTheCountryCalled() {
        assertThat(CallerId.choose("as_1", List.of(US_OLDEST, DE, US_NEWER), GERMAN_CALLEE, null)).isEqualTo(DE);
    }

    @Test
    void takesTheOldestNumberOfTheCountryCalledWhenThereAreSeveral() {
        assertThat(CallerId.choose("as_1", List.of(US_OLDEST, DE, US_NEWER), US_CALLEE, null)).isEqualTo(US_OLDEST);
    }

    @Test
    void fallsBackToTheOldestNumberWhenNoneIsInTheCountryCalled() {
        assertThat(CallerId.choose("as_1", List.of(DE, US_NEWER), SWISS_CALLEE, null)).isEqualTo(DE);
    }

    @Test
    void neverShowsAGeographicNumberOfTheEmirates() {
        E164Number emiratiCallee = E164Number.of("+97143456789");

        assertThat(CallerId.choose("as_1", List.of(AE_LOCAL, US_OLDEST), emiratiCallee, null)).isEqualTo(US_OLDEST);
        assertThat(CallerId.choose("as_1", List.of(AE_LOCAL, AE_MOBILE), emiratiCallee, null)).isEqualTo(AE_MOBILE);
    }

    @Test
    void refusesAGeographicNumberOfTheEmiratesEvenWhenAskedFor() {
        assertThatThrownBy(() -> CallerId.choose("as_1", List.of(AE_LOCAL, US_OLDEST), US_CALLEE, "+97142345678"))
                .isInstanceOf(CallerIdNotActive.class)
                .hasMessageContaining("only receive calls");
    }

    @Test
    void anAssistantWithoutANumberCannotCall() {
        assertThatThrownBy(() -> CallerId.choose("as_1", List.of(), US_CALLEE, null))
                .isInstanceOf(AssistantHasNoNumber.class)
                .hasMessageContaining("as_1");
    }

    @Test
    void anAssistantWithOnlyReceivingNumbersCannotCall() {
        assertThatThrownBy(() -> CallerId.choose("as_1", List.of(AE_LOCAL), US_CALLEE, null))
                .isInstanceOf(AssistantHasNoNumber.class);
    }
}
