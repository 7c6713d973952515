package ai.talkturo.numbers.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.talkturo.numbers.routing.NewContact;
import org.junit.jupiter.api.Test;

class PastedContactsTest {

    @Test
    void readsOneContactPerLineWithOrWithoutANameInEitherOrder() {
        PastedContacts read = PastedContacts.read("+13125550199, Ann\nBob;+1 (312) 555-0142\n\n+4930 1234 5678\t\n");

        assertThat(read.readable()).isTrue();
        assertThat(read.contacts()).extracting(contact -> contact.phoneNumber().value(), NewContact::name)
                .containsExactly(tuple("+13125550199", "Ann"),
                        tuple("+13125550142", "Bob"),
                        tuple("+493012345678", null));
    }

    @Test
    void passesOverACsvHeaderAndReadsQuotedCellsAndInternationalZeros() {
        PastedContacts read = PastedContacts.read("phoneNumber,name\r\n\"+13125550199\",\"Ann Lee\"\r\n0041 44 668 18 00,Zürich office");

        assertThat(read.problems()).isEmpty();
        assertThat(read.contacts()).extracting(contact -> contact.phoneNumber().value())
                .containsExactly("+13125550199", "+41446681800");
        assertThat(read.contacts().get(0).name()).isEqualTo("Ann Lee");
    }

    @Test
    void namesEveryLineItCannotReadAndKeepsNone() {
        PastedContacts read = PastedContacts.read("+13125550199\n3125550142\n+1312\nname only");

        assertThat(read.readable()).isFalse();
        assertThat(read.problems()).containsExactly(
                "Line 2 has no phone number in international form, such as +13125550199.",
                "Line 3: “+1312” is not a valid phone number in international form, such as +13125550199.",
                "Line 4 has no phone number in international form, such as +13125550199.");
    }

    @Test
    void passesOverTheHeaderOfAFileAddedAfterPastedLines() {
        PastedContacts read = PastedContacts.read("+13125550199, Ann\nPhone;Name\n+13125550142;Bob");

        assertThat(read.problems()).isEmpty();
        assertThat(read.contacts()).hasSize(2);
    }

    @Test
    void aHeaderAloneOrNothingIsNoList() {
        assertThat(PastedContacts.read("phone,name").problems()).singleElement().asString().startsWith("Add at least one");
        assertThat(PastedContacts.read(null).readable()).isFalse();
    }

    @Test
    void manyBadLinesAreSummedUpAfterTheFirstFive() {
        PastedContacts read = PastedContacts.read("+13125550199\n" + "nope\n".repeat(8));

        assertThat(read.problems()).hasSize(6).last().isEqualTo("… and 3 more lines like these.");
    }
}
