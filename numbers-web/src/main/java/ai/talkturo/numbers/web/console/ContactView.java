package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** A campaign's contact as the Campaigns page shows it: where it stands, and why it waits or what became of it. */
public final class ContactView implements Serializable {

    private static final DateTimeFormatter THEIR_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final String number;
    private final String name;
    private final String status;
    private final String detail;
    private final int attempts;

    ContactView(Contact contact, Instant now) {
        this.number = Display.phone(contact.phoneNumber());
        this.name = contact.name();
        this.status = contact.status().apiName();
        this.detail = detail(contact, now);
        this.attempts = contact.attempts();
    }

    private static String detail(Contact contact, Instant now) {
        if (contact.waitsAt(now)) {
            return (contact.waitingFor() == ContactWait.WINDOW ? "Outside its calling hours; called from "
                    : "Called again from ") + theirTime(contact) + Display.moment(contact.dueAt());
        }
        if (contact.status() == ContactStatus.SKIPPED) {
            return switch (contact.reason() == null ? "" : contact.reason()) {
                case CampaignRules.DO_NOT_CALL -> "On your do-not-call list";
                case CampaignRules.NEVER_IN_WINDOW -> "Its time zones never share the calling hours";
                default -> "Its local time is unknown";
            };
        }
        return contact.status() == ContactStatus.FAILED ? contact.reason() : null;
    }

    /** {@code 09:00 their time, } where the contact's number rings in one time zone; nothing otherwise. */
    private static String theirTime(Contact contact) {
        Set<ZoneId> zones = contact.phoneNumber().timeZones();
        return zones.size() == 1 ? THEIR_TIME.format(contact.dueAt().atZone(zones.iterator().next())) + " their time, " : "";
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return Display.capitalized(status);
    }

    public String getDetail() {
        return detail;
    }

    public int getAttempts() {
        return attempts;
    }
}
