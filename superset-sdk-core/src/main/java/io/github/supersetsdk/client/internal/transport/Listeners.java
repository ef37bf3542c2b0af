package io.github.supersetsdk.client.internal.transport;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.SupersetException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatches events to the client's listeners, isolating the call from a failing listener. */
final class Listeners {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final ClientEventListener[] listeners;

  Listeners(List<ClientEventListener> listeners) {
    this.listeners = listeners.toArray(new ClientEventListener[0]);
  }

  void started(RequestInfo info) {
    for (ClientEventListener l : listeners) {
      try {
        l.requestStarted(info);
      } catch (RuntimeException e) {
        warn(l, e);
      }
    }
  }

  void retry(RequestInfo info, int attempt, @Nullable Integer status, SupersetException cause, Duration delay) {
    for (ClientEventListener l : listeners) {
      try {
        l.retryScheduled(info, attempt, status, cause, delay);
      } catch (RuntimeException e) {
        warn(l, e);
      }
    }
  }

  void succeeded(RequestInfo info, int status, int attempts, Duration elapsed) {
    for (ClientEventListener l : listeners) {
      try {
        l.requestSucceeded(info, status, attempts, elapsed);
      } catch (RuntimeException e) {
        warn(l, e);
      }
    }
  }

  void failed(RequestInfo info, SupersetException failure, @Nullable Integer status, int attempts, Duration elapsed) {
    for (ClientEventListener l : listeners) {
      try {
        l.requestFailed(info, failure, status, attempts, elapsed);
      } catch (RuntimeException e) {
        warn(l, e);
      }
    }
  }

  void queryCompleted(io.github.supersetsdk.client.QueryEvent event) {
    for (ClientEventListener l : listeners) {
      try {
        l.queryCompleted(event);
      } catch (RuntimeException e) {
        warn(l, e);
      }
    }
  }

  private static void warn(ClientEventListener listener, RuntimeException e) {
    LOG.warn("event listener {} failed; ignoring it for this event", listener.getClass().getName(), e);
  }
}
