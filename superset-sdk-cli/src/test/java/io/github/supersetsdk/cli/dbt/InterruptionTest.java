package io.github.supersetsdk.cli.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.sync.DatasetResult;
import io.github.supersetsdk.sync.SyncAction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a sync killed during its apply says on its way out. */
class InterruptionTest {

  private static DatasetResult result(String id, String error) {
    return new DatasetResult(id, DatasetId.of(1), SyncAction.UPDATE, error, 0, 0, List.of());
  }

  @Test
  void report_saysHowFarTheApplyGot_andThatARunAgainFinishesIt() {
    StringWriter err = new StringWriter();
    SyncCommands.Interruption interruption = new SyncCommands.Interruption(new PrintWriter(err));

    interruption.during(16, () -> {
      interruption.datasetDone(1, 16, result("model.p.a", null));
      interruption.datasetDone(2, 16, result("model.p.b", "ServerException: 500"));
      interruption.report(); // what the shutdown hook runs on SIGTERM
      return null;
    });

    assertThat(err.toString()).isEqualTo("superset-sdk: interrupted during the apply, after 2 of 16 datasets"
        + " (1 failed); the others are as they were, or half-written if they were in progress. Run the same"
        + " sync again: it plans from what Superset has and finishes them." + System.lineSeparator());
  }

  @Test
  void during_removesItsHookAfterTheApply() {
    SyncCommands.Interruption interruption = new SyncCommands.Interruption(new PrintWriter(new StringWriter()));
    Thread[] hook = new Thread[1];
    interruption.during(1, () -> {
      hook[0] = interruption.hook();
      // Registered while the apply runs: the JVM refuses it a second time.
      assertThatThrownBy(() -> Runtime.getRuntime().addShutdownHook(hook[0]))
          .isInstanceOf(IllegalArgumentException.class);
      return null;
    });
    // Gone after it: removing it again finds nothing.
    assertThat(Runtime.getRuntime().removeShutdownHook(hook[0])).isFalse();
  }
}
