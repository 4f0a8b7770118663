package no.kommune.bta.common.jobs;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a {@code @Scheduled} method: each firing runs on one instance at a time, under the lock of the schedule's
 * {@code identity} ({@link ClusterLock}); the other instances skip it.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface OnOneInstance {
}
