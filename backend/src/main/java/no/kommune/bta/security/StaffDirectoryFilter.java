package no.kommune.bta.security;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import no.kommune.bta.common.StaffDirectory;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the staff directory from every authenticated call that succeeded (issue 18, item 1): after the resource ran
 * and before its answer is written, so the answer already names the caller, and a refused request writes nothing.
 * A known caller with an unchanged token costs a map lookup.
 */
public class StaffDirectoryFilter {

    @Inject
    CurrentUser user;

    @Inject
    StaffDirectory directory;

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        if (response.getStatus() >= 400 || !user.authenticated()) return;
        String account = user.describe();
        StaffDirectory.Member member = user.member();
        if (BlockingOperationControl.isBlockingAllowed()) {
            directory.remember(account, member);
        } else {
            Infrastructure.getDefaultWorkerPool().execute(() -> directory.remember(account, member));
        }
    }
}
