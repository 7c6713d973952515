package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.BlockedCallers;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void aNumberThatIsNotE164IsNotRoutedAndNothingElseIsDisturbed() {
        table.offer(route("+14155550101", "pn_1", "as_1", NumberStatus.ACTIVE, 1));
        table.offer(route("4155550102", "pn_2", "as_1", NumberStatus.ACTIVE, 1));

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.route("4155550102")).isEmpty();
        assertThat(table.route("+1415555010x")).isEmpty();
        assertThat(table.activeNumbersOf("as_1")).extracting(Route::phoneNumber).containsExactly("+14155550101");
    }

    @Test
    void aRouteComesBackWithEveryFieldItWasOfferedWith() {
        String id = Identifiers.next("pn");
        InboundRules rules = new InboundRules(null, null, BlockedCallers.of(List.of("+1900")));
        Route offered = new Route("+4930901820", id, "acc_9", "as_9", NumberStatus.SUSPENDED, 42, rules);
        table.offer(offered);

        assertThat(table.route("+4930901820")).contains(offered);
    }

    @Test
    void anAssistantWithThousandsOfNumbersKeepsEachOnceAndLosesThoseThatMove() {
        int count = 5_000;
        for (int version = 1; version <= 2; version++) {
            for (int i = 0; i < count; i++) {
                table.offer(route("+1415" + (2_000_000 + i), String.format("pn_%05d", i), "as_big", NumberStatus.ACTIVE, version));
            }
        }
        for (int i = 0; i < count; i += 2) {
            table.offer(route("+1415" + (2_000_000 + i), String.format("pn_%05d", i), "as_other", NumberStatus.ACTIVE, 3));
        }

        List<Route> big = table.activeNumbersOf("as_big");
        assertThat(big).hasSize(count / 2).extracting(Route::phoneNumberId).doesNotHaveDuplicates().isSorted();
        assertThat(big.get(0).phoneNumber()).isEqualTo("+14152000001");
        assertThat(table.activeNumbersOf("as_other")).hasSize(count / 2);
    }

    @Test
    void offersFromManyThreadsAtOnceLeaveEachNumberWithItsLatestAssistantOnly() throws Exception {
        int numbers = 200;
        int versions = 50;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> offers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int seed = thread;
                offers.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int n = 0; n < numbers * versions; n++) {
                        int number = random.nextInt(numbers);
                        int version = 1 + random.nextInt(versions);
                        table.offer(route("+1415555" + (1000 + number), "pn_" + (1000 + number), "as_" + version % 3,
                                NumberStatus.ACTIVE, version));
                    }
                }));
            }
            for (Future<?> offer : offers) {
                offer.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int version = 0; version < 3; version++) {
            String assistant = "as_" + version;
            assertThat(table.activeNumbersOf(assistant)).allSatisfy(route ->
                    assertThat(table.route(route.phoneNumber()).orElseThrow().assistantId()).isEqualTo(assistant));
        }
        int listed = 0;
        for (int version = 0; version < 3; version++) {
            listed += table.activeNumbersOf("as_" + version).size();
        }
        assertThat(listed).isEqualTo(table.size());
    }
}
