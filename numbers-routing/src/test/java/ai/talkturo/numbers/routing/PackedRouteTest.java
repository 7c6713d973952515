package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedRouteTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static PackedRoute packed(String id, long version) {
        return PackedRoute.of(new Route("+14155550101", id, "acc_1", "as_1", NumberStatus.ACTIVE, version), "acc_1", "as_1");
    }

    @Test
    void aPhoneNumbersIdComesBackAsItWent() {
        for (String id : List.of(Identifiers.next("pn"), "pn_00000000000000000000000000", "pn_7ZZZZZZZZZZZZZZZZZZZZZZZZZ",
                "pn_1", "pn_8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "pn_01arz3ndektsv4rrffq69g5fav", "pn_01ARZ3NDEKTSV4RRFFQ69G5FAI",
                "as_01ARZ3NDEKTSV4RRFFQ69G5FAV", "pn_01ARZ3NDEKTSV4RRFFQ69G5FAVX", "")) {
            assertThat(packed(id, 1).phoneNumberId()).isEqualTo(id);
        }
    }

    @Test
    void idsCompareAsTheirStringsDoWhateverTheirShape() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(List.of("pn_1", "pn_01", "pn_ZZ", "pn_7ZZZZZZZZZZZZZZZZZZZZZZZZZ",
                "pn_00000000000000000000000000"));
        for (int i = 0; i < 500; i++) {
            StringBuilder id = new StringBuilder("pn_").append(CROCKFORD.charAt(random.nextInt(8)));
            for (int c = 1; c < 26; c++) {
                id.append(CROCKFORD.charAt(random.nextInt(32)));
            }
            ids.add(id.toString());
        }
        for (String a : ids) {
            for (String b : ids.subList(0, 60)) {
                assertThat(Integer.signum(packed(a, 1).compareIds(packed(b, 1))))
                        .as("%s against %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
        assertThat(ids.stream().sorted(Comparator.comparing(id -> packed(id, 1), PackedRoute::compareIds)).toList())
                .isEqualTo(ids.stream().sorted().toList());
    }

    @Test
    void aLaterHoldingOrAHigherVersionSupersedes() {
        assertThat(packed("pn_01B", 1).supersedes(packed("pn_01A", 9))).isTrue();
        assertThat(packed("pn_01A", 9).supersedes(packed("pn_01B", 1))).isFalse();
        assertThat(packed("pn_01A", 3).supersedes(packed("pn_01A", 3))).isTrue();
        assertThat(packed("pn_01A", 2).supersedes(packed("pn_01A", 3))).isFalse();
    }

    @Test
    void anE164NumbersKeyIsItsDigitsAndAnythingElseHasNone() {
        assertThat(PackedRoute.numberKey("+14155550101")).isEqualTo(14155550101L);
        assertThat(PackedRoute.phoneNumber(PackedRoute.numberKey("+971501234567"))).isEqualTo("+971501234567");
        assertThat(PackedRoute.numberKey("+123456789012345678")).isEqualTo(123456789012345678L);
        for (String notE164 : List.of("", "+", "14155550101", "+04155550101", "+1415555010a", "+1 415 555 0101",
                "+1234567890123456789", "sip:ava@example.com")) {
            assertThat(PackedRoute.numberKey(notE164)).as(notE164).isEqualTo(-1);
        }
    }
}
