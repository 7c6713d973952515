package ai.talkturo.numbers.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource of the operator API: only the operator key reaches it. {@link ApiKeyFilter} decides by the
 * resource a request was matched to, never by the path it was written with, so no spelling of a path
 * ({@code admin;x=1}, {@code admin/./}) turns a partner key into an operator.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorOnly {
}
