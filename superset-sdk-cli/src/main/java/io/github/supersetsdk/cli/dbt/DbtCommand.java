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
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
