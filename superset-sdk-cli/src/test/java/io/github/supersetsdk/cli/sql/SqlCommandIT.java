package io.github.supersetsdk.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code superset-sdk sql} against the local services: synchronously on the main Superset, and with
 * {@code --async} on the async one ({@code SUPERSET_ASYNC_URL}) through the Celery worker, each on a
 * connection of its own (the async one allows async runs, the other does not).
 */
class SqlCommandIT {

  private static final String NAME = "sdk_cli_sql_it_" + UUID.randomUUID().toString().substring(0, 8);
  private static final String SYNC_NAME = NAME + "_sync";
  private static SupersetClient admin;
  private static SupersetClient mainAdmin;
  private static DatabaseId database;
  private static DatabaseId syncDatabase;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeAll
  static void createConnection() {
    admin = SupersetClient.builder().baseUrl(System.getenv("SUPERSET_ASYNC_URL"))
        .credentials(Credentials.password(System.getenv("SUPERSET_USERNAME"), System.getenv("SUPERSET_PASSWORD")))
        .build();
    database = admin.databases().create(CreateDatabaseRequest.builder(NAME, System.getenv("WAREHOUSE_SQLALCHEMY_URI"))
        .exposeInSqllab(true).allowRunAsync(true).build());
    mainAdmin = CliTestSupport.admin();
    syncDatabase = mainAdmin.databases().create(CreateDatabaseRequest.builder(SYNC_NAME,
        System.getenv("WAREHOUSE_SQLALCHEMY_URI")).exposeInSqllab(true).build());
  }

  @AfterAll
  static void dropConnection() {
    try {
      admin.databases().delete(database);
      mainAdmin.databases().delete(syncDatabase);
    } finally {
      admin.close();
      mainAdmin.close();
    }
  }

  private int run(String url, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("SUPERSET_URL", url);
    ConnectionOptions.env = environment::get;
    try {
      CommandLine cli = CliTestSupport.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      return cli.execute(args);
    } finally {
      ConnectionOptions.env = System::getenv;
    }
  }

  @Test
  void sql_async_json_printsOneObjectWithRows() throws Exception {
    int code = run(System.getenv("SUPERSET_ASYNC_URL"), "sql", "--database", NAME, "--async", "--json",
        "select n, 'r' || n as label from generate_series(1, 3) as n order by n");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames()).toIterable().containsExactly("queryId", "columns", "rows", "truncated");
    assertThat(json.get("queryId").asLong()).isPositive();
    assertThat(json.get("columns").toString()).isEqualTo("[\"n\",\"label\"]");
    assertThat(json.get("rows").toString()).isEqualTo("[[1,\"r1\"],[2,\"r2\"],[3,\"r3\"]]");
    assertThat(json.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void sql_sync_table_printsAlignedRows() {
    // A connection without async runs, on the main Superset.
    int code = run(System.getenv("SUPERSET_URL"), "sql", "--database", SYNC_NAME, "--limit", "2",
        "select n, null as nothing from generate_series(1, 3) as n order by n");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "n | nothing", "--+--------", "1 | NULL", "2 | NULL", "(2 rows, truncated at --limit 2)");
  }

  @Test
  void sql_valueWithNewlineAndTab_staysOnItsRow() {
    int code = run(System.getenv("SUPERSET_URL"), "sql", "--database", SYNC_NAME,
        "select 'a' || chr(10) || 'b' || chr(9) || 'c' as v, 1 as n");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines()).containsExactly("v       | n", "--------+--", "a\\nb\\tc | 1", "(1 row)");
  }

  @Test
  void sql_syncTimeout_exits1NamingTheOptionAndSayingTheQueryWasStopped() {
    // The main Superset refuses pg_sleep: a long count instead.
    int code = run(System.getenv("SUPERSET_URL"), "sql", "--database", SYNC_NAME, "--timeout", "2",
        "select count(*) from generate_series(1, 50000) a, generate_series(1, 50000) b");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("superset-sdk: the query did not finish within --timeout 2 s; it was stopped")
        .doesNotContain("readTimeout");
  }

  @Test
  void sql_unknownDatabaseId_exits2SayingIdOrName() {
    int code = run(System.getenv("SUPERSET_URL"), "sql", "--database", "999999999", "select 1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no Superset database connection with id or name '999999999'");
  }

  @Test
  void sql_asyncTimeout_exits1AndStopsTheQuery() {
    int code = run(System.getenv("SUPERSET_ASYNC_URL"), "sql", "--database", NAME, "--async", "--timeout", "2",
        "select pg_sleep(60)");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).containsPattern("superset-sdk: query \\d+ did not finish within --timeout 2 s \\(state \\w+\\); it was stopped")
        .doesNotContain("2000 ms");
  }

  @Test
  void sql_databaseError_exits1WithSupersetsMessage() {
    int code = run(System.getenv("SUPERSET_ASYNC_URL"), "sql", "--database", NAME, "--async",
        "select * from marts.no_such_table_here");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no_such_table_here");
  }

  @Test
  void sql_verbose_logsEachRequestOnStandardErrorWithoutSecrets() throws Exception {
    // In a JVM of its own: slf4j-simple fixes a logger's level when the logger is made.
    String[] quiet = runJava("sql", "--database", SYNC_NAME, "select 1 as one");
    assertThat(quiet[0]).as(quiet[2]).isEqualTo("0");
    assertThat(quiet[2]).isEmpty();

    String[] verbose = runJava("sql", "--verbose", "--database", SYNC_NAME, "select 1 as one");
    assertThat(verbose[0]).as(verbose[2]).isEqualTo("0");
    assertThat(verbose[1]).isEqualTo(quiet[1]);
    assertThat(verbose[2])
        .contains("--> POST /api/v1/security/login")
        .contains("<-- 200 POST /api/v1/sqllab/execute/")
        .doesNotContain("\"password\"")
        .doesNotContain("eyJ") // the start of every JWT: access and refresh tokens
        .doesNotContain("access_token")
        .doesNotContainIgnoringCase("authorization")
        .doesNotContainIgnoringCase("cookie");
    // The login line names the user; the local password may be the same word.
    if (!System.getenv("SUPERSET_PASSWORD").equals(System.getenv("SUPERSET_USERNAME"))) {
      assertThat(verbose[2]).doesNotContain(System.getenv("SUPERSET_PASSWORD"));
    }
  }

  /** Runs the CLI's main class in a new JVM on this test's class path; exit status, stdout, stderr. */
  private static String[] runJava(String... args) throws Exception {
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      // Failsafe puts the module under test and its modules on the module path, the rest on the class path.
      String classPath = System.getProperty("jdk.module.path", "") + File.pathSeparator
          + System.getProperty("java.class.path");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classPath, "io.github.supersetsdk.cli.SupersetSdkCli"));
      command.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("SUPERSET_URL", System.getenv("SUPERSET_URL"));
      int status = pb.start().waitFor();
      return new String[] {String.valueOf(status), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8)};
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void sql_unknownDatabase_exits2() {
    int code = run(System.getenv("SUPERSET_URL"), "sql", "--database", NAME + "_missing", "select 1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no Superset database connection named");
  }
}
