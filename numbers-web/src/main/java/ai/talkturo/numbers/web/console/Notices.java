package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.api.Refusals;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** What the console tells a person after an action: a line of news, or a plain-language refusal. */
final class Notices {

    private Notices() {
    }

    static void done(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void refused(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    static void refused(RuntimeException failure) {
        refused(Refusals.explain(failure));
    }

    /** Keeps this request's notices for the page a redirect leads to. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Runs a script in the browser once this Ajax answer arrives, such as closing a dialog. */
    static void run(String script) {
        FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add(script);
    }

    /** Also updates these parts of the page in this Ajax answer, such as the page's notices after a dialog closed. */
    static void alsoRender(String... clientIds) {
        FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().addAll(List.of(clientIds));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
