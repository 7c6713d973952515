package ai.talkturo.numbers.web.api;

import java.util.List;
import java.util.Objects;

/**
 * Why something asked of Numbers was not done, said twice: to a program as problem+json ({@code status}, the stable
 * {@code code} of API.md, a {@code title}, the {@code detail} of this case and the fields at fault) and to a person
 * in the console ({@code explanation}: plain words and what they can do about it).
 */
public record Refusal(int status, String code, String title, String detail, List<FieldError> errors,
                      String explanation) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        errors = List.copyOf(errors);
        Objects.requireNonNull(explanation, "explanation");
    }
}
