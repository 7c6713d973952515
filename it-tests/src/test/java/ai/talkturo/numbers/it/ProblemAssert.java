package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must look like: problem+json with the API's code, and never a stack trace. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static void assertProblem(Api.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemCode()).isEqualTo(code);
        assertThat(answer.json().getInt("status")).isEqualTo(status);
        assertThat(answer.json().getString("title")).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "\tat ", "ai.talkturo");
    }
}
