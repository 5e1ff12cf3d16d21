package no.sammen.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import no.sammen.accounts.control.Accounts;
import no.sammen.search.control.IndexSync;
import no.sammen.search.control.SearchIndex;
import no.sammen.seed.SeedLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the current schema version before anything else touches it, brings the search
 * index in line with the database, then loads the seed data into an empty database. A failure here fails the deployment, and the launcher then exits non-zero.
 * <p>
 * The pool keeps up to 64 prepared statements per connection: EclipseLink prepares and closes one per insert
 * when a bulk load's statements alternate between tables, and preparing one on Derby costs a new activation
 * each time (BENCHMARKS.md §2). The blank cache type works around Payara issue 6647: without it, the pool logs
 * "Unable to initalize custom DataStructure for Statement Cahe" and caches nothing.
 */
@DataSourceDefinition(
        name = ApplicationStartup.DATA_SOURCE,
        className = "no.sammen.platform.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        initialPoolSize = 1,
        properties = {"fish.payara.statement-cache-size=64", "fish.payara.statement-cache-type= "})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/sammen";
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    @ConfigProperty(name = "sammen.seed", defaultValue = "true")
    boolean seed;

    @Inject
    @ConfigProperty(name = "sammen.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "sammen.admin.username")
    java.util.Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "sammen.admin.password")
    java.util.Optional<String> adminPassword;

    @Inject
    SeedLoader seedLoader;

    @Inject
    Accounts accounts;

    @Inject
    no.sammen.registry.needs.control.Residents residents;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IndexSync indexSync;

    @PostConstruct
    void start() {
        migrate();
        // The index is derived from the database: rebuild it when unusable, otherwise repair what a crash lost.
        if (searchIndex.open(Path.of(dataDir, "index"))) {
            indexSync.rebuild();
        } else {
            indexSync.reconcile();
        }
        if (seed) {
            seedLoader.loadIntoEmptyDatabase();
        } else {
            LOG.info("Seed data disabled (SAMMEN_SEED=false)");
        }
        accounts.enableSeedAccounts(seed);
        residents.purgeExpired();
        accounts.ensureAdmin(adminUsername.orElse(null), adminPassword.orElse(null));
    }

    private void migrate() {
        // A plain, unpooled data source: Flyway manages its own transactions and must not run inside JTA.
        var result = Flyway.configure(ApplicationStartup.class.getClassLoader())
                .dataSource(new ConfiguredDataSource())
                .locations("classpath:db/migration")
                .javaMigrations(new RecordValuesMigration())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
