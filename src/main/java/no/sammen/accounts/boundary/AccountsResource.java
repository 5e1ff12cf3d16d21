package no.sammen.accounts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.sammen.accounts.control.Access;
import no.sammen.accounts.control.AccountAdmin;
import no.sammen.accounts.entity.Role;
import no.sammen.places.control.Places;
import no.sammen.platform.Ids;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;

/** Account management for admins: list, create, change role/bindings/enabled, reset a password. */
@Path("admin/accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountAdmin admin;

    @Inject
    Places places;

    @Inject
    Access access;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<AccountJson> list(@QueryParam("role") String role, @QueryParam("municipality") String municipality,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Violations v = new Violations();
        Role r = v.enumValue("role", role, Role.class, Role::parse, false);
        v.throwIfAny();
        return access.audited("account", admin.list(r, places.municipalityFilter(municipality),
                PageRequest.of(offset, limit)));
    }

    @GET
    @Path("{id}")
    public AccountJson get(@PathParam("id") String id) {
        return admin.find(Ids.parse("account", id));
    }

    @POST
    public Response create(AccountJson.Input input) {
        AccountJson created = admin.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public AccountJson update(@PathParam("id") String id, AccountJson.Input input) {
        return admin.update(Ids.parse("account", id), input);
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") String id, AccountJson.PasswordReset reset) {
        admin.resetPassword(Ids.parse("account", id), reset);
        return Response.noContent().build();
    }
}
