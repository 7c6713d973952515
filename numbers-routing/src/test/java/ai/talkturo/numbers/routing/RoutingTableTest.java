package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    private final RoutingTable table = new RoutingTable();

    private static Route route(String number, String id, String assistant, NumberStatus status, long version) {
        return new Route(number, id, "acc_1", assistant, status, version);
    }

    @Test
    void loadsEveryRouteItsSourceGives() {
        int loaded = table.load(new FixedRoutes(List.of(
                route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 3),
                route("+14155550102", "pn_2", null, NumberStatus.SUSPENDED, 5))));

        assertThat(loaded).isEqualTo(2);
        assertThat(table.route("+14155550101")).get().extracting(Route::assistantId).isEqualTo("as_1");
    }

    @Test
    void routesOfOneAssistantKeepOneCopyOfItsIdsHoweverTheyArrive() {
        table.offer(new Route("+14155550101", "pn_1", new String("acc_1"), new String("as_1"), NumberStatus.ACTIVE, 1));
        table.offer(new Route("+14155550102", "pn_2", new String("acc_1"), new String("as_1"), NumberStatus.ACTIVE, 1));

        Route first = table.route("+14155550101").orElseThrow();
        Route second = table.route("+14155550102").orElseThrow();
        assertThat(second.assistantId()).isEqualTo("as_1").isSameAs(first.assistantId());
        assertThat(second.accountId()).isEqualTo("acc_1").isSameAs(first.accountId());
        assertThat(table.activeNumbersOf("as_1")).extracting(Route::phoneNumber)
                .containsExactly("+14155550101", "+14155550102");
    }

    @Test
    void keepsTheLaterStateWhateverOrderTheEventsArriveIn() {
        table.offer(route("+14155550101", "pn_1", "as_2", NumberStatus.ACTIVE, 7));
        table.offer(route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 6));

        assertThat(table.route("+14155550101")).get().extracting(Route::assistantId).isEqualTo("as_2");
        assertThat(table.activeNumbersOf("as_1")).isEmpty();
        assertThat(table.activeNumbersOf("as_2")).extracting(Route::phoneNumberId).containsExactly("pn_1");
    }

    @Test
    void aNumberMovingToAnotherAssistantLeavesTheFirst() {
        table.offer(route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 2));
        table.offer(route("+14155550101", "pn_1", "as_2", NumberStatus.ACTIVE, 3));

        assertThat(table.activeNumbersOf("as_1")).isEmpty();
        assertThat(table.activeNumbersOf("as_2")).hasSize(1);
    }

    @Test
    void listsOnlyActiveNumbersOfAnAssistantOldestFirst() {
        table.offer(route("+14155550103", "pn_3", "as_1", NumberStatus.ACTIVE, 2));
        table.offer(route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 2));
        table.offer(route("+14155550102", "pn_2", "as_1", NumberStatus.SUSPENDED, 2));

        assertThat(table.activeNumbersOf("as_1")).extracting(Route::phoneNumberId).containsExactly("pn_1", "pn_3");
    }

    @Test
    void aReleasedNumberStaysKnownSoThatALateOlderEventCannotRevive()  {
        table.offer(route("+14155550101", "pn_1", null, NumberStatus.RELEASED, 9));
        table.offer(route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 8));

        assertThat(table.route("+14155550101")).get().extracting(Route::status).isEqualTo(NumberStatus.RELEASED);
        assertThat(table.activeNumbersOf("as_1")).isEmpty();
    }

    @Test
    void aReleasedNumberBoughtAgainRoutesToItsNewHolder() {
        table.offer(route("+14155550101", "pn_01A", "as_1", NumberStatus.ACTIVE, 4));
        table.offer(route("+14155550101", "pn_01A", null, NumberStatus.RELEASED, 5));
        table.offer(route("+14155550101", "pn_01B", null, NumberStatus.PURCHASING, 1));
        table.offer(route("+14155550101", "pn_01B", "as_2", NumberStatus.ACTIVE, 2));
        table.offer(route("+14155550101", "pn_01A", null, NumberStatus.RELEASED, 5));

        assertThat(table.route("+14155550101")).get().extracting(Route::phoneNumberId, Route::status, Route::assistantId)
                .containsExactly("pn_01B", NumberStatus.ACTIVE, "as_2");
        assertThat(table.activeNumbersOf("as_1")).isEmpty();
        assertThat(table.activeNumbersOf("as_2")).extracting(Route::phoneNumberId).containsExactly("pn_01B");
    }
}
