package no.sammen.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The controlled vocabularies, for forms and filters. */
@Path("vocabulary")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    @GET
    public Map<String, Object> vocabularies() {
        return Map.of("interests", Vocabulary.INTERESTS, "targetGroups", Vocabulary.TARGET_GROUPS);
    }
}
