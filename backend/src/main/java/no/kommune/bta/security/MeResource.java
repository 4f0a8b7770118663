package no.kommune.bta.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.kommune.bta.common.Audited;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "me")
public class MeResource {

    public record Me(String subject, String username, String name, List<String> roles, List<String> facilities,
                     String clientId) {
    }

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER, Roles.OKONOMI, Roles.INTEGRASJON, Roles.KONTROLL})
    public Me getMe() {
        return new Me(user.subject(), user.username(), user.name(), List.copyOf(user.roles()),
                List.copyOf(user.facilities()), user.clientId());
    }
}
