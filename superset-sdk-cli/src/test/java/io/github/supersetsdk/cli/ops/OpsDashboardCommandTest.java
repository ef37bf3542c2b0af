package io.github.supersetsdk.cli.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code ops dashboard} refuses bad input with exit 2 before it writes anything. */
class OpsDashboardCommandTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String NOT_FOUND = "{\"message\":\"Not found\"}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Function<String, String> realEnv = ConnectionOptions.env;

  @AfterEach
  void restore() {
    ConnectionOptions.env = realEnv;
  }

  private int run(String... args) {
    Map<String, String> env = Map.of("SUPERSET_URL", superset.baseUrl(), "SUPERSET_USERNAME", FakeSuperset.USERNAME,
        "SUPERSET_PASSWORD", FakeSuperset.PASSWORD);
    ConnectionOptions.env = env::get;
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void opsDashboard_slugOfAnotherDashboard_exits2NamingItAndWritesNothing() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/x")).willReturn(okJson("{\"result\":{\"id\":42,"
        + "\"dashboard_title\":\"Sales\",\"slug\":\"x\",\"charts\":[\"a\",\"b\",\"c\"]}}")));

    assertThat(run("ops", "dashboard", "--database", "7", "--slug", "x", "--title", "t")).isEqualTo(2);

    assertThat(err.toString()).contains("the slug 'x' belongs to dashboard #42 'Sales'")
        .contains("nothing was changed").contains("another --slug").contains("--take-over");
    assertThat(writes()).isEmpty();
  }

  @Test
  void opsDashboard_unknownDatabaseId_exits2NamingItAndWritesNothing() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/superset-ops"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/99999"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

    assertThat(run("ops", "dashboard", "--database", "99999")).isEqualTo(2);

    assertThat(err.toString()).contains("no database connection with id 99999");
    assertThat(writes()).isEmpty();
  }

  /** The requests that could change something; login and the token refresh are the fake's own. */
  private static List<String> writes() {
    return superset.getAllServeEvents().stream().map(e -> e.getRequest())
        .filter(r -> !r.getMethod().getName().equals("GET"))
        .map(r -> r.getMethod() + " " + r.getUrl())
        .filter(s -> !s.startsWith("POST " + FakeSuperset.LOGIN) && !s.startsWith("POST " + FakeSuperset.REFRESH))
        .toList();
  }
}
