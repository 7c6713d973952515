package ai.talkturo.numbers.web.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page kept open past the end of its session (or of the server) cannot take a form any more: instead of an
 * error, the browser is sent to the same page afresh, through the login page when the session is gone.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

    public ExpiredPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (failure instanceof ViewExpiredException expired) {
                    events.remove();
                    startAgain(expired.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static void startAgain(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String page = viewId != null && viewId.startsWith("/console/") ? viewId : "/console/index.xhtml";
            try {
                external.redirect(external.getRequestContextPath() + page);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
