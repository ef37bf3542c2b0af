package io.github.supersetsdk.spring.boot.autoconfigure;

import static io.github.supersetsdk.spring.boot.autoconfigure.internal.Properties.checked;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.sync.DbtSync;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Defines the dbt sync ({@link DbtSync}: plan, apply, prune) when superset-sdk-sync is on the class
 * path and {@code superset.sync.database} names the target connection.
 */
@AutoConfiguration(after = SupersetAutoConfiguration.class)
@ConditionalOnClass(DbtSync.class)
@ConditionalOnProperty(prefix = "superset.sync", name = "database")
@ConditionalOnBean(SupersetClient.class)
public class SupersetSyncAutoConfiguration {

  /** Creates the configuration; Spring instantiates it. */
  public SupersetSyncAutoConfiguration() {}

  /**
   * The sync, closed when the context closes.
   *
   * @param properties the properties
   * @param client the client
   * @return the sync
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public DbtSync supersetDbtSync(SupersetProperties properties, SupersetClient client) {
    SupersetProperties.Sync sync = properties.sync();
    DbtSync.Builder builder = DbtSync.builder(client);
    String database = sync.database();
    checked("superset.sync.database", "Name an existing Superset database connection.",
        () -> builder.database(database == null ? "" : database));
    if (!sync.select().isEmpty()) {
      checked("superset.sync.select", "Use dbt node selectors such as tag:finance.",
          () -> builder.select(sync.select().toArray(String[]::new)));
    }
    builder.prune(sync.prune());
    return builder.build();
  }
}
