package io.github.supersetsdk.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DbtExposures#plan} would write to an exposures YAML file: the merged text and what
 * happens to each generated exposure. Making a plan writes nothing; {@link
 * DbtExposures#write(ExposuresPlan)} writes it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExposuresPlan {

  private final Path file;
  private final @Nullable String oldText;
  private final String text;
  private final boolean changed;
  private final List<ExposureChange> changes;
  private final int httpReads;

  ExposuresPlan(Path file, @Nullable String oldText, String text, boolean changed,
      List<ExposureChange> changes, int httpReads) {
    this.file = Objects.requireNonNull(file, "file");
    this.oldText = oldText;
    this.text = Objects.requireNonNull(text, "text");
    this.changed = changed;
    this.changes = List.copyOf(changes);
    this.httpReads = httpReads;
  }

  /**
   * The file the plan is for.
   *
   * @return its path
   */
  public Path file() {
    return file;
  }

  /**
   * The file's text after the merge (the old text when nothing changes).
   *
   * @return the YAML text
   */
  public String text() {
    return text;
  }

  /**
   * Whether writing the plan changes the file.
   *
   * @return {@code true} if the merged text differs from the file's
   */
  public boolean changed() {
    return changed;
  }

  /**
   * What happens to each generated exposure; hand-written ones are not listed (never changed).
   *
   * @return the changes, dashboards first, in the file's order then new ones
   */
  public List<ExposureChange> changes() {
    return changes;
  }

  /**
   * The number of entries with the given action.
   *
   * @param action the action
   * @return how many
   * @throws NullPointerException if {@code action} is null
   */
  public int count(ExposureChange.Action action) {
    Objects.requireNonNull(action, "action");
    return (int) changes.stream().filter(c -> c.action() == action).count();
  }

  /**
   * The HTTP reads made to build the plan.
   *
   * @return the GET requests (chart and dashboard list pages)
   */
  public int httpReads() {
    return httpReads;
  }

  @Nullable String oldText() {
    return oldText;
  }

  @Override
  public String toString() {
    return "ExposuresPlan[file=" + file + ", add=" + count(ExposureChange.Action.ADD) + ", update="
        + count(ExposureChange.Action.UPDATE) + ", remove=" + count(ExposureChange.Action.REMOVE)
        + ", unchanged=" + count(ExposureChange.Action.UNCHANGED) + ", skipped="
        + count(ExposureChange.Action.SKIPPED) + "]";
  }
}
