package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.BlockedCallers;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeInboundRulesTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final PhoneNumber number = provisioning.active(account, "+14155550101");

    @Test
    void newRulesAreWorkedOutFromTheCurrentOnesSoOneChangeKeepsWhatAnotherSet() {
        provisioning.changeInboundRules.change(account.id(), number.id(),
                current -> current.inboundRules().withFallback(Fallback.phoneNumber("+14155550999")));
        provisioning.changeInboundRules.change(account.id(), number.id(),
                current -> current.inboundRules().withBlockedCallers(BlockedCallers.of(List.of("+1900"))));

        InboundRules rules = provisioning.stored(number).inboundRules();
        assertThat(rules.fallback()).isEqualTo(Fallback.phoneNumber("+14155550999"));
        assertThat(rules.blockedCallers().entries()).containsExactly("+1900");
        NumberChanged last = provisioning.changes.fired.get(provisioning.changes.fired.size() - 1);
        assertThat(last.change()).isEqualTo(NumberChanged.Change.INBOUND_RULES_CHANGED);
        assertThat(last.inboundRules()).isEqualTo(rules);
    }

    @Test
    void refusedRulesOrAnotherAccountsNumberChangeNothing() {
        int changes = provisioning.changes.fired.size();

        assertThatThrownBy(() -> provisioning.changeInboundRules.change(account.id(), number.id(), current -> {
            throw new IllegalArgumentException("no such time zone");
        })).isInstanceOf(IllegalArgumentException.class);
        Account other = provisioning.account(Plan.STARTER);
        assertThatThrownBy(() -> provisioning.changeInboundRules.change(other.id(), number.id(),
                current -> InboundRules.NONE.withFallback(Fallback.sipUri("sip:desk@example.com"))))
                .isInstanceOf(NotFound.class);

        assertThat(provisioning.stored(number).inboundRules()).isEqualTo(InboundRules.NONE);
        assertThat(provisioning.changes.fired).hasSize(changes);
    }
}
