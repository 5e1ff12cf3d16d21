package no.sammen.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * GET one, POST, PUT and DELETE for a registry resource. Each subclass declares the annotated methods
 * itself (one line each) so the OpenAPI document names its real path and JSON shape; the behaviour is here.
 */
public abstract class RegistryResource<J extends RecordJson> {

    @Context
    protected UriInfo uriInfo;

    protected abstract Registry<?, J> registry();

    protected abstract String noun();

    protected J read(String id) {
        return registry().find(Ids.parse(noun(), id));
    }

    protected Response created(J json) {
        J created = registry().create(json);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    protected J updated(String id, J json) {
        return registry().update(Ids.parse(noun(), id), json);
    }

    protected Response deleted(String id) {
        registry().delete(Ids.parse(noun(), id));
        return Response.noContent().build();
    }
}
