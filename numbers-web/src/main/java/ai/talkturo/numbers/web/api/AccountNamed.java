package ai.talkturo.numbers.web.api;

import java.util.Map;

/**
 * A request body that may name the account it is for, as Talkturo's published reference writes its bodies
 * ({@code accountSlug}, {@code teamId}). The account is the caller's key's anyway: a name given must be that
 * account's id or slug, and another account's is {@code 404}, never applied.
 */
interface AccountNamed {

    /** The account names given, by field; a field not given is absent or null. */
    Map<String, String> accountNames();
}
