package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.RetryPolicy;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.routing.CampaignProgress;
import ai.talkturo.numbers.routing.RunCampaign;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Campaigns page: the account's campaigns with their progress, pause and resume, each campaign's contacts, and a
 * dialog that starts one with contacts pasted, or read from a CSV file into the same field by the page's script, and
 * its calling hours and other rules.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final int SHOWN = 50;

    @Inject
    SignedIn signedIn;
    @Inject
    AccountNumbers accountNumbers;
    @Inject
    RunCampaign runCampaign;
    @Inject
    Clock clock;

    private List<CampaignView> campaigns = List.of();
    private List<AssistantView> assistants = List.of();
    private String openId;
    private CampaignView open;
    private List<ContactView> contacts = List.of();

    private String name;
    private String assistantId;
    private String contactsText;
    private String start;
    private String end;
    private List<String> days;
    private int maxConcurrentCalls;
    private int maxAttempts;
    private int retryMinutes;
    private String voicemail;

    @PostConstruct
    void load() {
        String accountId = signedIn.accountId();
        assistants = accountNumbers.assistants(accountId).stream()
                .map(assistant -> new AssistantView(assistant, List.of())).toList();
        Map<String, String> names = assistants.stream().collect(Collectors.toMap(AssistantView::getId, AssistantView::getName));
        campaigns = runCampaign.latest(accountId, SHOWN).stream()
                .map(runCampaign::overview)
                .map(overview -> new CampaignView(overview.campaign(), overview.tally(), overview.shownStatus(),
                        names.getOrDefault(overview.campaign().assistantId(), "—")))
                .toList();
        if (openId != null) {
            show(openId);
        }
    }

    public void create() {
        name = null;
        assistantId = assistants.isEmpty() ? null : assistants.get(0).getId();
        contactsText = null;
        start = CallWindow.text(CallWindow.DEFAULT.start());
        end = CallWindow.text(CallWindow.DEFAULT.end());
        days = new ArrayList<>(CallWindow.DEFAULT.dayNames());
        maxConcurrentCalls = 5;
        maxAttempts = RetryPolicy.DEFAULT.maxAttempts();
        retryMinutes = (int) RetryPolicy.DEFAULT.after().toMinutes();
        voicemail = CampaignRules.DEFAULT.voicemail().apiName();
        Notices.run("numbersConsole.openDialog('campaign-dialog')");
    }

    public void save() {
        if (Display.blankAsNull(name) == null) {
            Notices.refused("A campaign needs a name.");
            return;
        }
        PastedContacts read = PastedContacts.read(contactsText);
        if (!read.readable()) {
            read.problems().forEach(Notices::refused);
            return;
        }
        CampaignRules rules;
        try {
            rules = rules();
        } catch (IllegalArgumentException | DateTimeException wrong) {
            Notices.refused(wrong.getMessage());
            return;
        }
        try {
            runCampaign.start(signedIn.accountId(), assistantId, name.strip(), read.contacts(), maxConcurrentCalls, rules);
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        Notices.done(name.strip() + " is calling " + read.contacts().size() + " contact"
                + (read.contacts().size() == 1 ? "" : "s") + ", each within " + CampaignView.callingHours(rules.window())
                + " of their own time.");
        Notices.alsoRender("campaigns:notices");
        Notices.run("numbersConsole.closeDialog('campaign-dialog')");
        load();
    }

    private CampaignRules rules() {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one day to call on.");
        }
        Set<DayOfWeek> open = days.stream().map(day -> CallWindow.day(day).orElseThrow()).collect(Collectors.toSet());
        LocalTime from = CallWindow.time(start);
        // a time field cannot say 24:00: until 00:00 is until midnight
        LocalTime until = "00:00".equals(end) ? LocalTime.MAX : CallWindow.time(end);
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("The calling hours end after they start, on the same day.");
        }
        return new CampaignRules(new CallWindow(from, until, open), List.of(),
                new RetryPolicy(maxAttempts, Duration.ofMinutes(Math.max(retryMinutes, 1)), RetryPolicy.RETRIABLE),
                VoicemailMode.fromApiName(voicemail).orElse(VoicemailMode.HANG_UP));
    }

    public void pause(CampaignView campaign) {
        act(campaign, true);
    }

    public void resume(CampaignView campaign) {
        act(campaign, false);
    }

    private void act(CampaignView campaign, boolean pause) {
        try {
            if (pause) {
                runCampaign.pause(signedIn.accountId(), campaign.getId());
                Notices.done(campaign.getName() + " is paused; calls already ringing go on.");
            } else {
                runCampaign.resume(signedIn.accountId(), campaign.getId());
                Notices.done(campaign.getName() + " goes on where it stopped.");
            }
        } catch (RuntimeException refused) {
            Notices.refused(refused);
        }
        load();
    }

    public void show(CampaignView campaign) {
        show(campaign.getId());
    }

    private void show(String campaignId) {
        try {
            CampaignProgress progress = runCampaign.progress(signedIn.accountId(), campaignId);
            String assistant = assistants.stream().filter(a -> a.getId().equals(progress.campaign().assistantId()))
                    .map(AssistantView::getName).findFirst().orElse("—");
            open = new CampaignView(progress.campaign(), progress.tally(), progress.shownStatus(), assistant);
            contacts = progress.contacts().stream().map(contact -> new ContactView(contact, clock.instant())).toList();
            openId = campaignId;
        } catch (RuntimeException gone) {
            Notices.refused(gone);
            openId = null;
            open = null;
        }
    }

    public void refresh() {
        load();
    }

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }

    public List<AssistantView> getAssistants() {
        return assistants;
    }

    public CampaignView getOpen() {
        return open;
    }

    public List<ContactView> getContacts() {
        return contacts;
    }

    public List<String> getWeekDays() {
        return CallWindow.DEFAULT.dayNames();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAssistantId() {
        return assistantId;
    }

    public void setAssistantId(String assistantId) {
        this.assistantId = assistantId;
    }

    public String getContactsText() {
        return contactsText;
    }

    public void setContactsText(String contactsText) {
        this.contactsText = contactsText;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days;
    }

    public int getMaxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    public void setMaxConcurrentCalls(int maxConcurrentCalls) {
        this.maxConcurrentCalls = maxConcurrentCalls;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getRetryMinutes() {
        return retryMinutes;
    }

    public void setRetryMinutes(int retryMinutes) {
        this.retryMinutes = retryMinutes;
    }

    public String getVoicemail() {
        return voicemail;
    }

    public void setVoicemail(String voicemail) {
        this.voicemail = voicemail;
    }
}
