package io.github.supersetsdk.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.CliTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad input to {@code superset-sdk sql} exits 2 before any call to Superset. */
class SqlCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    ConnectionOptions.env = environment::get;
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @AfterEach
  void restoreEnvironment() {
    ConnectionOptions.env = System::getenv;
  }

  @Test
  void sql_withoutDatabase_exits2() {
    assertThat(run(Map.of(), "sql", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("give --database or set SUPERSET_DATABASE");
  }

  @Test
  void sql_databaseFromTheEnvironment_isUsed_asDbtPlanDoes() {
    // It gets as far as the connection settings, which are missing.
    assertThat(run(Map.of("SUPERSET_DATABASE", "warehouse"), "sql", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("SUPERSET_URL").doesNotContain("--database");
  }

  @Test
  void sql_withoutConnectionSettings_exits2NamingThem() {
    assertThat(run(Map.of(), "sql", "--database", "warehouse", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("SUPERSET_URL");
  }

  @Test
  void sql_zeroTimeout_exits2() {
    assertThat(run(Map.of("SUPERSET_URL", "http://127.0.0.1:9", "SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p"),
        "sql", "--database", "warehouse", "--timeout", "0", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("--timeout must be at least 1 second");
  }

  @Test
  void sql_blankQuery_exits2() {
    assertThat(run(Map.of("SUPERSET_URL", "http://127.0.0.1:9", "SUPERSET_USERNAME", "u", "SUPERSET_PASSWORD", "p"),
        "sql", "--database", "warehouse", " ")).isEqualTo(2);
    assertThat(err.toString()).contains("QUERY is blank");
  }

  @Test
  void sql_nonNumericTimeout_exits2() {
    assertThat(run(Map.of(), "sql", "--database", "warehouse", "--timeout", "soon", "select 1")).isEqualTo(2);
  }

  @Test
  void table_wideCharactersAndNewlinesInNames_staysAligned() {
    String t = SqlCommand.table(List.of("客户", "🚀 x", "multi\nline"),
        List.of(Arrays.asList(11.9, "café", "a"), Arrays.asList(1, "ok", null)));

    assertThat(t).isEqualTo(String.join("\n",
        "客户 | 🚀 x | multi\\nline",
        "-----+------+------------",
        "11.9 | café | a",
        "1    | ok   | NULL"));
  }

  @Test
  void displayWidth_countsWideCharactersTwiceAndMarksNot() {
    assertThat(SqlCommand.displayWidth("abc")).isEqualTo(3);
    assertThat(SqlCommand.displayWidth("客户")).isEqualTo(4);
    assertThat(SqlCommand.displayWidth("🚀")).isEqualTo(2);
    assertThat(SqlCommand.displayWidth("cafe\u0301")).isEqualTo(4);
  }
}
