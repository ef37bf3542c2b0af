package io.github.supersetsdk.cli;

import io.github.supersetsdk.cli.api.ApiCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code superset-sdk} command line. Each capability adds its commands as subcommands here.
 *
 * <p>Connection settings come from flags or the environment ({@code SUPERSET_URL},
 * {@code SUPERSET_USERNAME}, {@code SUPERSET_PASSWORD}), so that secrets need not appear on the
 * command line.
 */
@Command(
    name = "superset-sdk",
    mixinStandardHelpOptions = true,
    versionProvider = SupersetSdkCli.VersionProvider.class,
    description = "Typed glue between dbt and Apache Superset.",
    footer = {
      "",
      "Environment:",
      "  SUPERSET_URL, SUPERSET_USERNAME, SUPERSET_PASSWORD",
      "                  connection settings, instead of flags",
      "  JAVA_OPTS, SUPERSET_SDK_JAVA_OPTS",
      "                  JVM options bin/superset-sdk passes to java, in this order (a later",
      "                  option wins), e.g. JAVA_OPTS=-Xmx512m",
      "  SUPERSET_SDK_CDS=0",
      "                  bin/superset-sdk starts without its class-data archive (made on the",
      "                  first run under ~/.cache/superset-sdk/cds to start the JVM faster)"
    },
    subcommands = {
      CommandLine.HelpCommand.class, ApiCommand.class, io.github.supersetsdk.cli.dbt.DbtCommand.class,
      io.github.supersetsdk.cli.ops.DoctorCommand.class, io.github.supersetsdk.cli.ops.DashboardCommand.class,
      io.github.supersetsdk.cli.ops.OpsCommand.class,
      io.github.supersetsdk.cli.assets.AssetsCommand.class,
      io.github.supersetsdk.cli.sql.SqlCommand.class,
      io.github.supersetsdk.cli.cache.CacheCommand.class
    })
public final class SupersetSdkCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the CLI and exits with its status code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the CLI without exiting the JVM, for tests and embedding.
   *
   * @param args command-line arguments
   * @return the exit status: 0 on success, 2 on bad usage or input, 1 on other failures (3 from
   *     {@code assets plan --detailed-exitcode} when the server differs)
   */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    return new CommandLine(new SupersetSdkCli());
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2), so that scripts notice;
    // picocli prints the message and this command's usage on standard error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Reads the version Maven filtered into {@code version.properties}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"superset-sdk " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
      try (InputStream in = SupersetSdkCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties props = new Properties();
        props.load(in);
        return props.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
