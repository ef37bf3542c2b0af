package io.github.supersetsdk.client.testing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Records what a tracing handler would see of each stopped observation, in the order they stop. */
public final class ObservationRecorder implements ObservationHandler<Observation.Context> {

  /**
   * One stopped observation.
   *
   * @param contextualName its (span) name
   * @param keys its low- and high-cardinality key values
   * @param parent the contextual name of its parent, or empty
   * @param error the simple class name of its error, or empty
   * @param events the names of its events
   */
  public record Seen(String contextualName, Map<String, String> keys, String parent, String error, List<String> events) {}

  private final List<Seen> stopped = new CopyOnWriteArrayList<>();
  private final Map<Observation.Context, List<String>> events = new ConcurrentHashMap<>();
  private final ObservationRegistry registry = ObservationRegistry.create();

  /** A recorder with a registry of its own that reports to it. */
  public ObservationRecorder() {
    registry.observationConfig().observationHandler(this);
  }

  /** {@return the registry that reports to this recorder} */
  public ObservationRegistry registry() {
    return registry;
  }

  /** {@return the observations stopped so far, in order} */
  public List<Seen> stopped() {
    return List.copyOf(stopped);
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }

  @Override
  public void onEvent(Observation.Event event, Observation.Context context) {
    events.computeIfAbsent(context, c -> new CopyOnWriteArrayList<>()).add(event.getName());
  }

  @Override
  public void onStop(Observation.Context context) {
    Map<String, String> keys = context.getAllKeyValues().stream()
        .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
    ObservationView parent = context.getParentObservation();
    stopped.add(new Seen(String.valueOf(context.getContextualName()), keys,
        parent == null ? "" : String.valueOf(parent.getContextView().getContextualName()),
        context.getError() == null ? "" : context.getError().getClass().getSimpleName(),
        List.copyOf(events.getOrDefault(context, List.of()))));
    events.remove(context);
  }
}
