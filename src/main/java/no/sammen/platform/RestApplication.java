package no.sammen.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
@DeclareRoles({"VOLUNTEER", "INSTITUTION", "COORDINATOR", "ADMIN"})
public class RestApplication extends Application {
}
