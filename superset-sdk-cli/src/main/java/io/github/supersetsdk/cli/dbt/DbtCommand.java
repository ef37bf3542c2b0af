package io.github.supersetsdk.cli.dbt;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code superset-sdk dbt}: commands that work on dbt artifacts. */
@Command(
    name = "dbt",
    mixinStandardHelpOptions = true,
    description = "Work with dbt artifacts (manifest.json, run_results.json, ...).",
    subcommands = {InspectCommand.class, SyncCommands.Plan.class, SyncCommands.Sync.class})
public final class DbtCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2), so that scripts notice;
    // picocli prints the message and this command's usage on standard error.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
