package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** The operators' Needs Attention page: numbers in error with the reasons, and orders the carriers have not settled. */
@Named
@ViewScoped
public class NeedsAttentionBacking implements Serializable {

    private static final int SHOWN = 100;

    @Inject
    ReadNumbers readNumbers;
    @Inject
    ReadAccount readAccount;
    @Inject
    Clock clock;

    private List<NumberView> failed = List.of();
    private List<NumberView> pending = List.of();

    @PostConstruct
    void load() {
        failed = OperatorNumbersBacking.views(readNumbers.everyAccount(NumberStatus.ERROR, null, null, null, SHOWN),
                readAccount, clock.instant());
        pending = OperatorNumbersBacking.views(readNumbers.everyAccount(NumberStatus.PURCHASING, null, null, null, SHOWN),
                readAccount, clock.instant());
    }

    public void refresh() {
        load();
    }

    public List<NumberView> getFailed() {
        return failed;
    }

    public List<NumberView> getPending() {
        return pending;
    }
}
