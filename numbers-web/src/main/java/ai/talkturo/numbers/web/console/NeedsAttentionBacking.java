package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.ProfileBook;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The operators' Needs Attention page: numbers in error with the reasons, orders the carriers have not settled, and
 * compliance profiles in review or rejected, with their accounts.
 */
@Named
@ViewScoped
public class NeedsAttentionBacking implements Serializable {

    private static final int SHOWN = 100;

    @Inject
    ReadNumbers readNumbers;
    @Inject
    ReadAccount readAccount;
    @Inject
    ProfileBook profileBook;
    @Inject
    Clock clock;

    private List<NumberView> failed = List.of();
    private List<NumberView> pending = List.of();
    private List<ProfileView> profiles = List.of();
    private Map<String, String> accountNames = Map.of();

    @PostConstruct
    void load() {
        failed = OperatorNumbersBacking.views(readNumbers.everyAccount(NumberStatus.ERROR, null, null, null, SHOWN),
                readAccount, clock.instant());
        pending = OperatorNumbersBacking.views(readNumbers.everyAccount(NumberStatus.PURCHASING, null, null, null, SHOWN),
                readAccount, clock.instant());
        profiles = profileBook.needingAttention().stream().map(ProfileView::new).toList();
        accountNames = Map.copyOf(readAccount.namesOf(profiles.stream().map(ProfileView::getAccountId).toList()));
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

    public List<ProfileView> getProfiles() {
        return profiles;
    }

    public String accountName(String accountId) {
        return accountNames.getOrDefault(accountId, accountId);
    }
}
