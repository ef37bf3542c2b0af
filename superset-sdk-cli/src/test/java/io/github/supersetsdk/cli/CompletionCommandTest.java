package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced into a real Bash, completes commands and options. */
class CompletionCommandTest {

  @TempDir static Path dir;
  private static Path script;

  @BeforeAll
  static void writeScript() throws IOException {
    StringWriter out = new StringWriter();
    var cli = SupersetSdkCli.newCommandLine(new String[] {"completion"});
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("completion")).isZero();
    script = Files.writeString(dir.resolve("superset-sdk.bash"), out.toString());
  }

  @Test
  void topLevelWord_completesToTheCommands() throws Exception {
    assertThat(complete("superset-sdk", "")).contains("dbt", "doctor", "dashboard", "assets", "cache", "completion");
    assertThat(complete("superset-sdk", "do")).containsExactly("doctor");
  }

  @Test
  void subcommandsAndOptions_complete() throws Exception {
    assertThat(complete("superset-sdk", "dbt", "sy")).containsExactly("sync");
    assertThat(complete("superset-sdk", "doctor", "--skip")).containsExactly("--skip-virtual-datasets");
  }

  /** Sources the script into {@code bash} and asks its function for the last word's completions. */
  private static List<String> complete(String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append('\'').append(w).append("' ");
    }
    String program = "source '" + script + "'\n"
        + "COMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
        + "_complete_superset-sdk superset-sdk \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    // Outside a real completion, bash's compopt complains on standard error; only stdout is read.
    Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bash.getInputStream().transferTo(out);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(bash.exitValue()).as(text).isZero();
    return text.strip().isEmpty() ? List.of() : List.of(text.strip().split("\n"));
  }
}
