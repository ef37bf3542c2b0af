package io.github.supersetsdk.examples.springboot;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The example's own settings ({@code demo.*}).
 *
 * @param warehouseUri the SQLAlchemy URI of the warehouse Superset reads (a read-only role)
 * @param users the application's users and the tenant ({@code tenant_id}) each belongs to
 */
@ConfigurationProperties("demo")
public record DemoProperties(String warehouseUri, @DefaultValue Map<String, Long> users) {

  /**
   * Copies the users.
   *
   * @param warehouseUri the URI
   * @param users the users
   */
  public DemoProperties {
    users = Map.copyOf(users);
  }

  @Override
  public String toString() {
    return "DemoProperties[users=" + users.keySet() + "]";
  }
}
