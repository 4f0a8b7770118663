package no.kommune.bta.common.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs a scheduled method marked {@link OnOneInstance} under its schedule's cluster lock. */
@OnOneInstance
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class OnOneInstanceInterceptor {

    @Inject
    ClusterLock cluster;

    @AroundInvoke
    Object underTheLock(InvocationContext call) {
        Scheduled schedule = call.getMethod().getAnnotation(Scheduled.class);
        if (schedule == null || schedule.identity().isEmpty()) {
            throw new IllegalStateException("@OnOneInstance needs @Scheduled with an identity: " + call.getMethod());
        }
        cluster.runAlone(schedule.identity(), () -> {
            try {
                call.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return null;
    }
}
