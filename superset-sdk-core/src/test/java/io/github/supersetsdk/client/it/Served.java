package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.ServerInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the Superset under test serves, for ITs that run against every supported release: an
 * operation a release lacks is asserted to fail with {@link OperationUnsupportedException} there,
 * never skipped.
 */
final class Served {

  private Served() {}

  /**
   * Whether the server lists the operation in its OpenAPI document (unknown counts as served, so
   * that the test then exercises it and fails loudly if it is not).
   */
  static boolean has(SupersetClient client, String method, String pathTemplate) {
    return client.server().supports(method, pathTemplate) != ServerInfo.Support.UNSUPPORTED;
  }

  /** Asserts that the call fails with {@link OperationUnsupportedException} naming the operation. */
  static void assertUnsupported(ThrowingCallable call, String method, String pathTemplate) {
    assertThatThrownBy(call).isInstanceOfSatisfying(OperationUnsupportedException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.method()).isEqualTo(method);
      org.assertj.core.api.Assertions.assertThat(e.pathTemplate()).isEqualTo(pathTemplate);
    });
  }
}
