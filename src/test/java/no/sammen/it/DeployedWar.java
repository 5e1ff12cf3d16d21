package no.sammen.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API integration tests' common ground: the WAR the build produced, deployed exactly as it ships, and its API
 * as an anonymous caller or as the seed's admin.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedWar {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sammen.war", "target/sammen.war")));
    }

    @ArquillianResource
    URL base;

    Api anonymous() {
        return new Api(base.toString() + "api");
    }

    Api admin() {
        return anonymous().asAdmin();
    }
}
