package no.kommune.bta.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.common.Audited;
import no.kommune.bta.digest.DigestDtos.DigestSetting;
import no.kommune.bta.digest.DigestDtos.DigestSettingRequest;
import no.kommune.bta.security.Roles;

/** The caller's own e-mail digest setting: staff who have an Oversikt switch it on and off for themselves. */
@Path("/api/me/digest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "digest")
public class DigestResource {

    @Inject
    DigestService digests;

    @GET
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK})
    public DigestSetting getMyDigest() {
        return digests.setting();
    }

    @PUT
    @RolesAllowed({Roles.FAGLEDER, Roles.BOTILTAK})
    public DigestSetting setMyDigest(@Valid @NotNull(message = "mangler innhold") DigestSettingRequest body) {
        return digests.change(body);
    }
}
