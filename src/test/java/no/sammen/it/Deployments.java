package no.sammen.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR the build produced, exactly as it ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sammen.war", "target/sammen.war")));
    }
}
