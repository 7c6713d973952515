package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.provisioning.AssistantSettings;
import ai.talkturo.numbers.provisioning.ConfigureAssistants;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The Assistants page: the account's assistants with their numbers; create one, or change one, in a dialog. */
@Named
@ViewScoped
public class AssistantsBacking implements Serializable {

    @Inject
    SignedIn signedIn;
    @Inject
    AccountNumbers accountNumbers;
    @Inject
    ConfigureAssistants configureAssistants;

    private List<AssistantView> assistants = List.of();
    private String editingId;
    private String name;
    private String firstMessage;
    private String systemPrompt;
    private String voice;

    @PostConstruct
    void load() {
        String accountId = signedIn.accountId();
        assistants = accountNumbers.assistantViews(accountNumbers.assistants(accountId), accountNumbers.numbers(accountId));
    }

    public void create() {
        editingId = null;
        name = null;
        firstMessage = null;
        systemPrompt = null;
        voice = null;
        Notices.run("numbersConsole.openDialog('assistant-dialog')");
    }

    public void edit(AssistantView assistant) {
        editingId = assistant.getId();
        name = assistant.getName();
        firstMessage = assistant.getFirstMessage();
        systemPrompt = assistant.getSystemPrompt();
        voice = assistant.getVoice();
        Notices.run("numbersConsole.openDialog('assistant-dialog')");
    }

    public void save() {
        if (Display.blankAsNull(name) == null) {
            Notices.refused("An assistant needs a name.");
            return;
        }
        String accountId = signedIn.accountId();
        try {
            Assistant saved;
            if (editingId == null) {
                saved = configureAssistants.create(accountId, new AssistantSettings(name.strip(),
                        Display.blankAsNull(firstMessage), Display.blankAsNull(systemPrompt), Display.blankAsNull(voice)));
                Notices.done(saved.name() + " is ready. Give it a number on the Phone Numbers page.");
            } else {
                saved = configureAssistants.change(accountId, editingId, new AssistantSettings(name.strip(),
                        clearedWhenBlank(firstMessage), clearedWhenBlank(systemPrompt), clearedWhenBlank(voice)));
                Notices.done(saved.name() + " is saved.");
            }
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        Notices.alsoRender("assistants:notices");
        Notices.run("numbersConsole.closeDialog('assistant-dialog')");
        load();
    }

    /** In a change, an empty field clears the setting. */
    private static String clearedWhenBlank(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<AssistantView> getAssistants() {
        return assistants;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFirstMessage() {
        return firstMessage;
    }

    public void setFirstMessage(String firstMessage) {
        this.firstMessage = firstMessage;
    }

    public String getSystemPrompt() {
        return systemPrompt;
    }

    public void setSystemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }
}
