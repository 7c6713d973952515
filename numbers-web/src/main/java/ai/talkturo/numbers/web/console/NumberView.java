package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.io.Serializable;
import java.time.Instant;

/** A phone number as a row of the console's tables. {@code assistantId} is what the page's assistant picker holds. */
public final class NumberView implements Serializable {

    private final String id;
    private final String accountId;
    private final String accountName;
    private final String number;
    private final String display;
    private final String countryCode;
    private final String countryName;
    private final String typeName;
    private final NumberStatus status;
    private final String statusReason;
    private final String assignedAssistantId;
    private final String assistantName;
    private final boolean trial;
    private final String expiresAt;
    private final String timeLeft;
    private final String monthlyPrice;
    private final String provider;
    private final String broughtFrom;
    private final String createdAt;
    private final String updatedAt;
    private final String waiting;
    private String assistantId;

    NumberView(PhoneNumber number, String assistantName, String accountName, Instant now) {
        this.id = number.id();
        this.accountId = number.accountId();
        this.accountName = accountName;
        this.number = number.number().value();
        this.display = Display.phone(number.number());
        Country country = number.number().country().orElse(null);
        this.countryCode = country == null ? number.number().regionCode() : country.code();
        this.countryName = country == null ? countryCode : country.displayName();
        this.typeName = Display.typeName(number.numberType());
        this.status = number.status();
        this.statusReason = number.statusReason();
        this.assignedAssistantId = number.assistantId();
        this.assistantId = number.assistantId();
        this.assistantName = assistantName;
        this.trial = number.trial() && number.expiresAt() != null;
        this.expiresAt = Display.iso(number.expiresAt());
        this.timeLeft = trial ? Display.timeLeft(number.expiresAt(), now) : "";
        this.provider = number.provider();
        this.broughtFrom = number.imported() ? "your " + Display.carrierName(provider) + " account" : "";
        this.monthlyPrice = number.imported() ? "at " + Display.carrierName(provider)
                : Display.money(number.price().monthly());
        this.createdAt = Display.moment(number.createdAt());
        this.updatedAt = Display.moment(number.updatedAt());
        this.waiting = Display.age(number.createdAt(), now);
    }

    /** Where a number brought in lives, such as "your Twilio account"; empty for a number bought here. */
    public String getBroughtFrom() {
        return broughtFrom;
    }

    public String getId() {
        return id;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    /** E.164, as the API and the tests know it. */
    public String getNumber() {
        return number;
    }

    public String getDisplay() {
        return display;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCountryName() {
        return countryName;
    }

    public String getTypeName() {
        return typeName;
    }

    /** {@code purchasing}, {@code active}, …: also the badge's style. */
    public String getStatus() {
        return status.apiName();
    }

    public String getStatusLabel() {
        return Display.capitalized(status.apiName());
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean isPurchasing() {
        return status == NumberStatus.PURCHASING;
    }

    public boolean isActive() {
        return status == NumberStatus.ACTIVE;
    }

    public boolean isSuspended() {
        return status == NumberStatus.SUSPENDED;
    }

    public boolean isReleased() {
        return status == NumberStatus.RELEASED;
    }

    /** Only an active number can be given to an assistant. */
    public boolean isAssignable() {
        return status == NumberStatus.ACTIVE;
    }

    public boolean isReleasable() {
        return status.canMoveTo(NumberStatus.RELEASED);
    }

    public String getAssistantId() {
        return assistantId;
    }

    public void setAssistantId(String assistantId) {
        this.assistantId = Display.blankAsNull(assistantId);
    }

    /** The assistant the number had when the page read it. */
    String assignedAssistantId() {
        return assignedAssistantId;
    }

    public String getAssistantName() {
        return assistantName == null ? "—" : assistantName;
    }

    public boolean isTrial() {
        return trial;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    public String getTimeLeft() {
        return timeLeft;
    }

    public String getMonthlyPrice() {
        return monthlyPrice;
    }

    public String getProvider() {
        return provider;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    /** How long the number has been waiting since it was bought. */
    public String getWaiting() {
        return waiting;
    }
}
