package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.client.ApiClient;
import ai.talkturo.numbers.client.ApiException;
import ai.talkturo.numbers.client.api.AccountApi;
import ai.talkturo.numbers.client.api.PhoneNumbersApi;
import ai.talkturo.numbers.client.model.OfferJson;
import ai.talkturo.numbers.client.model.PhoneNumberAnswer;
import ai.talkturo.numbers.client.model.PhoneNumberJson;
import ai.talkturo.numbers.client.model.Purchase;
import ai.talkturo.numbers.client.model.Search;
import ai.talkturo.numbers.client.model.SearchAnswer;
import ai.talkturo.numbers.client.model.SearchFilters;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated with OpenAPI Generator from the served OpenAPI document (its {@code native} library:
 * java.net.http and Jackson), as a partner would generate it, buying a number end to end.
 */
class GeneratedClientIT {

    private final URL deployment = SharedNumbers.url();

    @Test
    void aGeneratedClientSearchesBuysAndWaitsForANumberToTurnActive() throws Exception {
        Api.Account account = new Api(deployment).openAccount("Generated Co", "pro");
        ApiClient client = new ApiClient();
        client.updateBaseUri(deployment.toString().replaceFirst("/+$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + account.key()));
        PhoneNumbersApi numbers = new PhoneNumbersApi(client);

        SearchAnswer offers = numbers.searchPhoneNumbers(new Search().filters(new SearchFilters().countryCode("US")
                .numberType("local").areaCode("415").limit(5)));
        OfferJson offer = offers.getNumbers().get(0);
        PhoneNumberAnswer bought = numbers.purchasePhoneNumber(new Purchase().phoneNumber(offer.getPhoneNumber()));

        PhoneNumberJson number = bought.getPhoneNumber();
        assertThat(number.getStatus()).isEqualTo("purchasing");
        assertThat(number.getPhoneNumber()).isEqualTo(offer.getPhoneNumber());
        Api.await(number.getId() + " turns active", Duration.ofSeconds(30),
                () -> "active".equals(read(numbers, number.getId()).getStatus()));
        assertThat(new AccountApi(client).getAccount().getAccount().getNumbersInUse()).isEqualTo(1L);
        assertThatThrownBy(() -> numbers.getPhoneNumber("pn_01JD0000000000000000000000"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseBody()).contains("\"code\":\"not_found\"");
                });
    }

    private static PhoneNumberJson read(PhoneNumbersApi numbers, String id) {
        try {
            return numbers.getPhoneNumber(id).getPhoneNumber();
        } catch (ApiException failed) {
            throw new AssertionError(failed);
        }
    }
}
