package ai.talkturo.numbers.web.partners.port;

/** The kinds of event a partner's webhook hears of, by the names API.md gives them. */
public enum EventType {
    NUMBER_STATUS_CHANGED("number.status_changed"),
    NUMBER_TRIAL_EXPIRING("number.trial_expiring"),
    NUMBER_RELEASED("number.released"),
    CALL_STATUS_CHANGED("call.status_changed"),
    COMPLIANCE_STATUS_CHANGED("compliance.status_changed");

    private final String apiName;

    EventType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
