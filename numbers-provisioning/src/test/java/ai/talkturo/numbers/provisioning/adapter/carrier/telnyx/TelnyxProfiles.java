package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Compliance profiles as Numbers hands them to Telnyx: the profile, its address and its documents' files. */
final class TelnyxProfiles {

    static final CarrierAddress BERLIN = new CarrierAddress("adr_berlin", "Acme GmbH", "Unter den Linden 1", "Berlin",
            "10117", "Berlin", "DE");
    static final CarrierAddress ZURICH = new CarrierAddress("adr_zurich", "Acme AG", "Bahnhofstrasse 1", "Zürich",
            "8001", "ZH", "CH");

    private TelnyxProfiles() {
    }

    /** A business's profile for Berlin local numbers with its commercial register extract and proof of address. */
    static ProfileForReview berlinBusiness(String name) {
        return profile(Country.DE, NumberType.LOCAL, EndUserType.BUSINESS,
                new EndUser(name, "ops@acme.example", "HRB 12345"), BERLIN,
                DocumentType.BUSINESS_REGISTRATION, DocumentType.PROOF_OF_ADDRESS);
    }

    static ProfileForReview profile(Country country, NumberType type, EndUserType endUserType, EndUser endUser,
                                    CarrierAddress address, DocumentType... documents) {
        Clock clock = Clock.systemUTC();
        ComplianceProfile profile = ComplianceProfile.draft("acc_1", country, type, endUserType, endUser,
                address == null ? null : address.id(), "telnyx", clock);
        List<DocumentFile> files = new ArrayList<>();
        for (DocumentType document : documents) {
            byte[] content = pdf(document.apiName());
            ProfileDocument kept = profile.addDocument(document, document.apiName() + ".pdf", content.length, clock);
            files.add(new DocumentFile(kept, DocumentFormat.PDF, content));
        }
        return new ProfileForReview(profile, address, files);
    }

    /** A tiny file that reads as a PDF, different for each {@code text}, with bytes beyond ASCII. */
    static byte[] pdf(String text) {
        byte[] head = ("%PDF-1.4\n% " + text + " \u00e4\u00f6\u00fc\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 4];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xe2;
        content[head.length + 1] = (byte) 0x0d;
        content[head.length + 2] = (byte) 0x0a;
        content[head.length + 3] = (byte) 0xff;
        return content;
    }
}
