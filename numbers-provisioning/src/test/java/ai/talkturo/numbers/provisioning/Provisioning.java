package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.compliance.ProfileStatusChanged;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The provisioning use cases wired as the container wires them, to in-memory ports, a carrier that sells what it is
 * told to offer and a clock that moves only when a test moves it. The order worker's step after a purchase's commit
 * runs when a test calls {@link #fulfilOpenedOrders()}.
 */
final class Provisioning {

    static final Duration TRIAL = Duration.ofDays(5);
    static final Duration RECONCILE_AFTER = Duration.ofMinutes(2);

    final MovingClock clock = new MovingClock(Instant.parse("2026-12-03T10:00:00Z"));
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryAssistants assistants = new InMemoryAssistants();
    final InMemoryPhoneNumbers phoneNumbers = new InMemoryPhoneNumbers();
    final InMemoryPendingOrders orders = new InMemoryPendingOrders();
    final InMemoryPendingReleases releases = new InMemoryPendingReleases();
    final InMemoryImportedNumbers importedNumbers = new InMemoryImportedNumbers();
    final InMemoryAddresses addresses = new InMemoryAddresses();
    final InMemoryComplianceProfiles profiles = new InMemoryComplianceProfiles();
    final InMemoryDocumentFiles files = new InMemoryDocumentFiles();
    final RecordedEvents<ProfileStatusChanged> profileChanges = new RecordedEvents<>();
    final RecordedEvents<NumberChanged> changes = new RecordedEvents<>();
    final RecordedEvents<OrderOpened> opened = new RecordedEvents<>();
    final RecordedEvents<ReleaseQueued> queued = new RecordedEvents<>();
    final OfferingCarrier carrier = new OfferingCarrier();
    final OwnCarrierAccounts ownAccounts = new OwnCarrierAccounts();
    final CustomerCredentials credentials = new CustomerCredentials();

    final OrderBook orderBook = new OrderBook();
    final PurchaseNumber purchases = new PurchaseNumber();
    final ClaimOrder claimOrder = new ClaimOrder();
    final SettleOrder settleOrder = new SettleOrder();
    final FulfilOrder fulfilOrder = new FulfilOrder();
    final ReconcileOrders reconcileOrders = new ReconcileOrders();
    final ReleaseNumber releaseNumber = new ReleaseNumber();
    final ExpireTrials expireTrials = new ExpireTrials();
    final ChangePlan changePlan = new ChangePlan();
    final AssignNumber assignNumber = new AssignNumber();
    final SuspendNumber suspendNumber = new SuspendNumber();
    final ReleaseAtCarrier releaseAtCarrier = new ReleaseAtCarrier();
    final ImportNumber importNumber = new ImportNumber();
    final ChangeInboundRules changeInboundRules = new ChangeInboundRules();
    final ConfigureAssistants configureAssistants = new ConfigureAssistants();
    final SearchNumbers searchNumbers = new SearchNumbers();
    final ReadAccount readAccount = new ReadAccount();
    final OpenAccount openAccount = new OpenAccount();
    final RegisterAddress registerAddress = new RegisterAddress();
    final ReadNumbers readNumbers = new ReadNumbers();
    final DialThroughCarrier dialThroughCarrier = new DialThroughCarrier();
    final ProfileBook profileBook = new ProfileBook();
    final SubmitProfile submitProfile = new SubmitProfile();
    final ReviewProfiles reviewProfiles = new ReviewProfiles();

    private int fulfilled;

    Provisioning() {
        Carriers carriers = Carriers.buyingFrom(carrier, ownAccounts);
        NumberEvents events = new NumberEvents();
        events.changes = changes;

        orderBook.accounts = accounts;
        orderBook.phoneNumbers = phoneNumbers;
        orderBook.orders = orders;
        orderBook.events = events;
        orderBook.opened = opened;
        orderBook.imported = importedNumbers;
        orderBook.clock = clock;
        orderBook.trialDuration = TRIAL;
        orderBook.reconcileAfter = RECONCILE_AFTER;

        purchases.carriers = carriers;
        purchases.assistants = assistants;
        purchases.orderBook = orderBook;
        purchases.addresses = addresses;
        purchases.profiles = profiles;
        purchases.clock = clock;

        claimOrder.orders = orders;
        claimOrder.phoneNumbers = phoneNumbers;
        claimOrder.clock = clock;
        claimOrder.reconcileAfter = RECONCILE_AFTER;

        settleOrder.phoneNumbers = phoneNumbers;
        settleOrder.assistants = assistants;
        settleOrder.orders = orders;
        settleOrder.events = events;
        settleOrder.clock = clock;
        settleOrder.reconcileAfter = RECONCILE_AFTER;

        fulfilOrder.carriers = carriers;
        fulfilOrder.addresses = addresses;
        fulfilOrder.profiles = profiles;
        fulfilOrder.claimOrder = claimOrder;
        fulfilOrder.settleOrder = settleOrder;

        reconcileOrders.orders = orders;
        reconcileOrders.phoneNumbers = phoneNumbers;
        reconcileOrders.carriers = carriers;
        reconcileOrders.fulfilOrder = fulfilOrder;
        reconcileOrders.settleOrder = settleOrder;
        reconcileOrders.clock = clock;
        reconcileOrders.reconcileAfter = RECONCILE_AFTER;

        releaseNumber.phoneNumbers = phoneNumbers;
        releaseNumber.releases = releases;
        releaseNumber.events = events;
        releaseNumber.queued = queued;
        releaseNumber.clock = clock;

        expireTrials.phoneNumbers = phoneNumbers;
        expireTrials.releaseNumber = releaseNumber;
        expireTrials.clock = clock;

        changePlan.accounts = accounts;
        changePlan.phoneNumbers = phoneNumbers;
        changePlan.events = events;
        changePlan.clock = clock;

        assignNumber.phoneNumbers = phoneNumbers;
        assignNumber.assistants = assistants;
        assignNumber.events = events;
        assignNumber.clock = clock;

        suspendNumber.phoneNumbers = phoneNumbers;
        suspendNumber.events = events;
        suspendNumber.clock = clock;

        releaseAtCarrier.releases = releases;
        releaseAtCarrier.carriers = carriers;
        releaseAtCarrier.importedNumbers = importedNumbers;
        releaseAtCarrier.clock = clock;
        releaseAtCarrier.claimFor = RECONCILE_AFTER;
        releaseAtCarrier.customerCredentials = credentials;

        credentials.imported = importedNumbers;
        credentials.key = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        credentials.open();

        importNumber.carriers = carriers;
        importNumber.credentials = credentials;
        importNumber.assistants = assistants;
        importNumber.orderBook = orderBook;
        importNumber.assignNumber = assignNumber;

        changeInboundRules.phoneNumbers = phoneNumbers;
        changeInboundRules.events = events;
        changeInboundRules.clock = clock;

        configureAssistants.assistants = assistants;
        configureAssistants.phoneNumbers = phoneNumbers;
        configureAssistants.events = events;
        configureAssistants.clock = clock;

        searchNumbers.carriers = carriers;
        searchNumbers.phoneNumbers = phoneNumbers;

        readAccount.accounts = accounts;
        readAccount.phoneNumbers = phoneNumbers;

        openAccount.accounts = accounts;
        openAccount.clock = clock;

        registerAddress.addresses = addresses;
        registerAddress.clock = clock;

        readNumbers.phoneNumbers = phoneNumbers;

        dialThroughCarrier.carriers = carriers;
        dialThroughCarrier.importedNumbers = importedNumbers;
        dialThroughCarrier.credentials = credentials;

        profileBook.profiles = profiles;
        profileBook.files = files;
        profileBook.addresses = addresses;
        profileBook.carriers = carriers;
        profileBook.statusChanges = profileChanges;
        profileBook.clock = clock;

        submitProfile.book = profileBook;
        submitProfile.addresses = addresses;
        submitProfile.files = files;
        submitProfile.carriers = carriers;
        submitProfile.clock = clock;

        reviewProfiles.profiles = profiles;
        reviewProfiles.book = profileBook;
        reviewProfiles.carriers = carriers;
        reviewProfiles.clock = clock;
        reviewProfiles.reviewPoll = Duration.ofMinutes(5);
    }

    Account account(Plan plan) {
        Account account = Account.open("Ada's agents", plan, clock);
        accounts.add(account);
        return account;
    }

    Assistant assistant(Account account) {
        Assistant assistant = Assistant.create(account.id(), "Reception", "Hello", "Be kind", "alloy", clock);
        assistants.add(assistant);
        return assistant;
    }

    /** Has the carrier offer {@code number}, and answers it. */
    E164Number offered(String number, AddressRequirement requirement) {
        E164Number e164 = E164Number.of(number);
        carrier.offer(new NumberOffer(e164, NumberType.LOCAL, "San Francisco", "CA", Price.of("1.15", "0.00"),
                List.of("voice"), requirement));
        return e164;
    }

    E164Number offered(String number) {
        return offered(number, AddressRequirement.NONE);
    }

    PhoneNumber buy(Account account, E164Number number) {
        return buy(account, number, null);
    }

    PhoneNumber buy(Account account, E164Number number, String assistantId) {
        return purchases.purchase(account.id(), new PurchaseRequest(number, assistantId, null));
    }

    /** What the order worker does after each purchase's commit that it has not done yet. */
    void fulfilOpenedOrders() {
        for (; fulfilled < opened.fired.size(); fulfilled++) {
            fulfilOrder.fulfil(opened.fired.get(fulfilled));
        }
    }

    /** A number bought and made active, assigned to nobody. */
    PhoneNumber active(Account account, String number) {
        PhoneNumber bought = buy(account, offered(number));
        fulfilOpenedOrders();
        return stored(bought);
    }

    PhoneNumber stored(PhoneNumber number) {
        return phoneNumbers.byId(number.id()).orElseThrow();
    }
}
