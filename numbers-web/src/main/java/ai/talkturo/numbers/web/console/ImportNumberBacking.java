package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.Carriers;
import ai.talkturo.numbers.provisioning.ImportNumber;
import ai.talkturo.numbers.provisioning.ImportRequest;
import ai.talkturo.numbers.provisioning.NumberNotAvailable;
import ai.talkturo.numbers.provisioning.NumberNotOwned;
import ai.talkturo.numbers.provisioning.SecretsKeyMissing;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The "Bring a number" dialog: a number the customer already has at Twilio or Telnyx (or in a sandbox account) is
 * imported with that account's credentials, which are kept sealed and never shown again. A number that is not in
 * that account is refused in plain words.
 */
@Named
@ViewScoped
public class ImportNumberBacking implements Serializable {

    @Inject
    SignedIn signedIn;
    @Inject
    ImportNumber importNumber;
    @Inject
    PhoneNumbersBacking phoneNumbers;
    @Inject
    Carriers carriers;

    private String provider = "twilio";
    private String phoneNumber;
    private String accountSid;
    private String authToken;
    private String apiKey;
    private String assistantId;

    public void open() {
        phoneNumber = null;
        forgetCredentials();
        Notices.run("numbersConsole.openDialog('import-dialog')");
    }

    public void bringIn() {
        PhoneNumber number;
        try {
            number = importNumber.bringIn(signedIn.accountId(), new ImportRequest(provider,
                    E164Number.of(blankAsEmpty(phoneNumber)), credentials(),
                    Display.blankAsNull(assistantId)));
        } catch (NumberNotOwned notThere) {
            Notices.refused("We could not find " + phoneNumber + " in that " + getProviderName() + " account. Check the "
                    + "number, and that the credentials are those of the account that holds it. Nothing was changed.");
            return;
        } catch (NumberNotAvailable held) {
            Notices.refused(phoneNumber + " is in Numbers already. A number is brought in once.");
            return;
        } catch (SecretsKeyMissing noKey) {
            Notices.refused("This Numbers server cannot keep carrier credentials safely yet, so it does not import "
                    + "numbers. Ask its operator to set numbers.secrets.key.");
            return;
        } catch (RuntimeException refused) {
            Notices.refused(refused);
            return;
        }
        forgetCredentials();
        Notices.done(Display.phone(number.number()) + " now rings here. Released, it goes back to your "
                + getProviderName() + " account as it was.");
        phoneNumbers.refresh();
        Notices.alsoRender("numbers:notices");
        Notices.run("numbersConsole.closeDialog('import-dialog')");
    }

    private CarrierCredentials credentials() {
        return new CarrierCredentials(isTwilio()
                ? Map.of("accountSid", blankAsEmpty(accountSid), "authToken", blankAsEmpty(authToken))
                : Map.of("apiKey", blankAsEmpty(apiKey)));
    }

    private void forgetCredentials() {
        accountSid = null;
        authToken = null;
        apiKey = null;
    }

    private static String blankAsEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    /** The carriers numbers can be brought from here, the real ones first. */
    public List<String> getProviders() {
        return Stream.of("twilio", "telnyx", "sandbox").filter(carriers.customerAccountNames()::contains).toList();
    }

    public String providerName(String name) {
        return "sandbox".equals(name) ? "Sandbox" : Display.carrierName(name);
    }

    public String getProviderName() {
        return providerName(provider);
    }

    public boolean isTwilio() {
        return "twilio".equals(provider);
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = getProviders().contains(provider) ? provider : "twilio";
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getAccountSid() {
        return accountSid;
    }

    public void setAccountSid(String accountSid) {
        this.accountSid = accountSid;
    }

    /** Never shown again once typed. */
    public String getAuthToken() {
        return null;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    public String getApiKey() {
        return null;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAssistantId() {
        return assistantId;
    }

    public void setAssistantId(String assistantId) {
        this.assistantId = assistantId;
    }
}
