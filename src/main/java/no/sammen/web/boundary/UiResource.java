package no.sammen.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.sammen.web.control.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the web pages need before they can draw anything: their text in the reader's language and the map's tiles. */
@Path("ui")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UiResource {

    private final Messages messages = new Messages();

    @Inject
    @ConfigProperty(name = "sammen.map.tiles.url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tilesUrl;

    @Inject
    @ConfigProperty(name = "sammen.map.tiles.attribution",
            defaultValue = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")
    String tilesAttribution;

    @GET
    @Path("messages")
    public Response messages(@QueryParam("lang") String lang) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(Map.of("lang", Messages.language(lang), "messages", messages.all(lang)))
                .cacheControl(cache).build();
    }

    @GET
    @Path("config")
    public Map<String, Object> config() {
        Map<String, Object> tiles = new LinkedHashMap<>();
        tiles.put("url", tilesUrl);
        tiles.put("attribution", tilesAttribution);
        tiles.put("maxZoom", 18);
        return Map.of("languages", Messages.LANGUAGES, "tiles", tiles);
    }
}
