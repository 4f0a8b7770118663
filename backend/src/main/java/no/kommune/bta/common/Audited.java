package no.kommune.bta.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) whose calls land in the access log. {@code idParam} names the
 * path parameter that identifies the resource; without it the first path parameter is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
    String resourceType();

    String idParam() default "";
}
