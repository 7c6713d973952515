package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static ai.talkturo.numbers.domain.number.Country.AE;
import static ai.talkturo.numbers.domain.number.Country.AT;
import static ai.talkturo.numbers.domain.number.Country.CA;
import static ai.talkturo.numbers.domain.number.Country.CH;
import static ai.talkturo.numbers.domain.number.Country.DE;
import static ai.talkturo.numbers.domain.number.Country.US;
import static ai.talkturo.numbers.domain.number.NumberType.MOBILE;
import static ai.talkturo.numbers.domain.number.NumberType.NATIONAL;
import static ai.talkturo.numbers.domain.number.NumberType.TOLL_FREE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.DestinationCode.area;
import static ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.DestinationCode.block;

import java.util.List;

/**
 * The blocks of numbers the sandbox sells in the six countries of the product, local areas with their localities
 * and mobile, national and toll-free blocks, in the order searches take turns between them.
 */
final class SandboxPlan {

    static final List<DestinationCode> BLOCKS = List.of(
            area(US, "415", 10, "San Francisco", "CA"),
            area(US, "212", 10, "New York", "NY", "New York City", "Manhattan"),
            area(US, "512", 10, "Austin", "TX"),
            area(US, "206", 10, "Seattle", "WA"),
            area(US, "312", 10, "Chicago", "IL"),
            area(US, "617", 10, "Boston", "MA"),
            area(US, "213", 10, "Los Angeles", "CA"),
            area(US, "305", 10, "Miami", "FL"),
            block(US, TOLL_FREE, "800", 10),
            block(US, TOLL_FREE, "888", 10),
            block(US, TOLL_FREE, "877", 10),
            block(US, TOLL_FREE, "866", 10),
            block(US, TOLL_FREE, "855", 10),
            block(US, TOLL_FREE, "844", 10),
            block(US, TOLL_FREE, "833", 10),
            area(CA, "416", 10, "Toronto", "ON"),
            area(CA, "604", 10, "Vancouver", "BC"),
            area(CA, "514", 10, "Montreal", "QC"),
            area(CA, "613", 10, "Ottawa", "ON"),
            area(CA, "403", 10, "Calgary", "AB"),
            block(CA, TOLL_FREE, "800", 10),
            block(CA, TOLL_FREE, "888", 10),
            block(CA, TOLL_FREE, "877", 10),
            block(CA, TOLL_FREE, "866", 10),
            block(CA, TOLL_FREE, "855", 10),
            block(CA, TOLL_FREE, "844", 10),
            block(CA, TOLL_FREE, "833", 10),
            area(DE, "30", 10, "Berlin", "BE"),
            area(DE, "89", 10, "München", "BY", "Munich"),
            area(DE, "40", 10, "Hamburg", "HH"),
            area(DE, "69", 10, "Frankfurt am Main", "HE", "Frankfurt", "Frankfurt a. M.", "Frankfurt/Main"),
            area(DE, "221", 10, "Köln", "NW", "Cologne"),
            area(DE, "711", 10, "Stuttgart", "BW"),
            area(DE, "211", 10, "Düsseldorf", "NW"),
            block(DE, MOBILE, "151", 11),
            block(DE, MOBILE, "160", 11),
            block(DE, MOBILE, "170", 10),
            block(DE, MOBILE, "176", 11),
            block(DE, NATIONAL, "700", 11),
            block(DE, TOLL_FREE, "800", 10),
            area(AT, "1", 8, "Wien", "W", "Vienna"),
            area(AT, "316", 9, "Graz", "ST"),
            area(AT, "732", 9, "Linz", "OÖ"),
            area(AT, "662", 9, "Salzburg", "S"),
            area(AT, "512", 9, "Innsbruck", "T"),
            block(AT, MOBILE, "664", 10),
            block(AT, MOBILE, "676", 10),
            block(AT, MOBILE, "650", 10),
            block(AT, MOBILE, "699", 11),
            block(AT, NATIONAL, "720", 9),
            block(AT, TOLL_FREE, "800", 9),
            area(CH, "44", 9, "Zürich", "ZH"),
            area(CH, "31", 9, "Bern", "BE", "Berne"),
            area(CH, "22", 9, "Genève", "GE", "Geneva", "Genf"),
            area(CH, "61", 9, "Basel", "BS", "Bâle"),
            area(CH, "21", 9, "Lausanne", "VD"),
            block(CH, MOBILE, "76", 9),
            block(CH, MOBILE, "77", 9),
            block(CH, MOBILE, "78", 9),
            block(CH, MOBILE, "79", 9),
            block(CH, NATIONAL, "58", 9),
            block(CH, TOLL_FREE, "800", 9),
            area(AE, "4", 8, "Dubai", "DU").leadingWith("2345678"),
            area(AE, "2", 8, "Abu Dhabi", "AZ").leadingWith("2345678"),
            area(AE, "6", 8, "Sharjah", "SH").leadingWith("2345678"),
            block(AE, MOBILE, "50", 9),
            block(AE, MOBILE, "52", 9),
            block(AE, MOBILE, "55", 9),
            block(AE, MOBILE, "56", 9));

    private SandboxPlan() {
    }
}
