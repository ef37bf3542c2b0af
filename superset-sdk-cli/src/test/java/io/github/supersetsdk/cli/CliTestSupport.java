package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** What the CLI's integration tests share: running a command for its JSON, and cleaning up. */
public final class CliTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CliTestSupport() {}

  /** The CLI's whole command tree, as {@code SupersetSdkCli.execute} builds it for any command line. */
  public static CommandLine commandLine() {
    return SupersetSdkCli.newCommandLine();
  }

  /**
   * A variable of the local services' environment.
   *
   * @param name the variable
   * @return its value
   */
  public static String env(String name) {
    String v = System.getenv(name);
    if (v == null) {
      throw new IllegalStateException(name + " is not set: eval \"$(scripts/services.sh env)\"");
    }
    return v;
  }

  /** A client logged in as the local services' admin; the caller closes it. */
  public static SupersetClient admin() {
    return SupersetClient.builder().baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD"))).build();
  }

  /**
   * Creates a test's own connection to the example warehouse (delete it with
   * {@link #deleteDatabaseWithContents}).
   *
   * @param admin a client allowed to create it
   * @param name the connection's name, unique to the test run
   * @return its id
   */
  public static DatabaseId createWarehouseConnection(SupersetClient admin, String name) {
    return admin.databases().create(CreateDatabaseRequest.builder(name, env("WAREHOUSE_SQLALCHEMY_URI")).build());
  }

  /**
   * Runs one command in process.
   *
   * @param args the command line
   * @return the exit status, then what it printed on standard output and on standard error
   */
  public static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  /**
   * Runs one command in process and reads what it printed as JSON.
   *
   * @param expectedExit the exit status the command must end with
   * @param args the command line
   * @return the printed JSON
   * @throws Exception if the output is not JSON
   */
  public static JsonNode runJson(int expectedExit, String... args) throws Exception {
    String[] result = run(args);
    assertThat(Integer.parseInt(result[0])).as("exit; stderr: " + result[2]).isEqualTo(expectedExit);
    return JSON.readTree(result[1]);
  }

  /**
   * An object's keys, in order.
   *
   * @param n the object
   * @return its field names
   */
  public static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  /**
   * Deletes a test's database connection with its datasets and their charts.
   *
   * @param admin a client allowed to delete them
   * @param db the connection
   */
  public static void deleteDatabaseWithContents(SupersetClient admin, DatabaseId db) {
    for (var ds : admin.datasets().list(ListQuery.where(
        Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value())))) {
      admin.datasets().getDependents(ds.id()).charts().forEach(c -> admin.charts().delete(c.id()));
      admin.datasets().delete(ds.id());
    }
    admin.databases().delete(db);
  }
}
