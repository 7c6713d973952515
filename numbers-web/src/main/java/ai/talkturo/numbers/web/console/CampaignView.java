package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** A campaign as the Campaigns page lists it: its progress, its calling hours and its other rules in words. */
public final class CampaignView implements Serializable {

    private final String id;
    private final String name;
    private final String assistantName;
    private final String status;
    private final long done;
    private final long total;
    private final String totals;
    private final String callingHours;
    private final String rules;
    private final String createdAt;

    CampaignView(Campaign campaign, ContactTally tally, String shownStatus, String assistantName) {
        this.id = campaign.id();
        this.name = campaign.name();
        this.assistantName = assistantName;
        this.status = shownStatus;
        this.done = tally.total() - tally.pending() - tally.dialing();
        this.total = tally.total();
        this.totals = tally.completed() + " answered · " + tally.voicemail() + " voicemail · " + tally.failed()
                + " failed · " + tally.skipped() + " skipped";
        this.callingHours = callingHours(campaign.rules().window());
        this.rules = rules(campaign.rules());
        this.createdAt = Display.moment(campaign.createdAt());
    }

    /** {@code 09:00–20:00, Mon–Fri}: the window in words, which holds in each contact's own time. */
    static String callingHours(CallWindow window) {
        Set<DayOfWeek> days = window.days();
        String when;
        if (days.size() == 7) {
            when = "every day";
        } else if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            when = "Mon–Fri";
        } else {
            when = String.join(", ", window.dayNames().stream().map(Display::capitalized).toList());
        }
        return CallWindow.text(window.start()) + "–" + CallWindow.text(window.end()) + ", " + when;
    }

    private static String rules(CampaignRules rules) {
        String retries = rules.retry().maxAttempts() == 1 ? "Each contact is called once"
                : "Up to " + rules.retry().maxAttempts() + " calls, " + rules.retry().after().toMinutes()
                + " min apart";
        String machines = rules.voicemail() == VoicemailMode.HANG_UP ? "hangs up on voicemail" : "leaves a voicemail";
        return retries + "; " + machines;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAssistantName() {
        return assistantName;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status.equals("waiting_for_window") ? "Waiting for calling hours" : Display.capitalized(status);
    }

    public boolean isPausable() {
        return status.equals(CampaignStatus.RUNNING.apiName()) || status.equals("waiting_for_window");
    }

    public boolean isResumable() {
        return status.equals(CampaignStatus.PAUSED.apiName());
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    public int getPercent() {
        return total == 0 ? 0 : (int) (done * 100 / total);
    }

    public String getTotals() {
        return totals;
    }

    public String getCallingHours() {
        return callingHours;
    }

    public String getRules() {
        return rules;
    }

    public String getCreatedAt() {
        return createdAt;
    }
}
