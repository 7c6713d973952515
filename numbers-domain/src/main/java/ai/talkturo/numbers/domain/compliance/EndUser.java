package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.InvalidValue;
import java.util.regex.Pattern;

/**
 * The person or business the numbers are for, as the regulator wants them named: a name, an email address the
 * carrier may write to, and for a business its registration number (null until given).
 */
public record EndUser(String name, String email, String registrationNumber) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EndUser {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
        registrationNumber = registrationNumber == null ? null : registrationNumber.strip();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValue("an end user has a name of 1 to 200 characters");
        }
        if (email == null || email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw new InvalidValue("an end user has an email address such as ops@acme.example");
        }
        if (registrationNumber != null && (registrationNumber.isEmpty() || registrationNumber.length() > 100)) {
            throw new InvalidValue("a registration number has 1 to 100 characters");
        }
    }
}
