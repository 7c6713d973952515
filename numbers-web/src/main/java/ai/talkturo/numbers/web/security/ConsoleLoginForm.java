package ai.talkturo.numbers.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console signs people in through its own login page. Only {@code /console} asks for it (see the security
 * constraints of {@code web.xml}); the API, the webhooks, health and OpenAPI never do. A caller who was sent to the
 * login page is taken back to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = ConsoleLoginForm.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
@DeclareRoles({ConsoleRoles.CUSTOMER, ConsoleRoles.OPERATOR})
@ApplicationScoped
public class ConsoleLoginForm {

    public static final String LOGIN_PAGE = "/console/login.xhtml";
}
