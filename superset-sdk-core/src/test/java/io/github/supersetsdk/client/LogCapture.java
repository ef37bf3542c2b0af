package io.github.supersetsdk.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of the SDK at TRACE, with the messages and stack traces of attached
 * exceptions, so tests can assert that no secret reaches a log.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger logger;
  private final Level previous;
  private final boolean previousAdditive;

  private LogCapture(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    this.previous = logger.getLevel();
    this.previousAdditive = logger.isAdditive();
  }

  /**
   * Starts capturing the SDK's loggers at TRACE.
   *
   * @return the running capture; close it to stop
   */
  public static LogCapture capture() {
    LogCapture capture = new LogCapture("io.github.supersetsdk");
    capture.setContext(capture.logger.getLoggerContext());
    capture.start();
    capture.logger.addAppender(capture);
    capture.logger.setLevel(Level.TRACE);
    // TRACE lines go to the capture only, not to the console.
    capture.logger.setAdditive(false);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    StringBuilder sb = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
        sb.append(" at ").append(frame.getSTEAsString());
      }
    }
    lines.add(sb.toString());
  }

  /**
   * The captured lines.
   *
   * @return a snapshot
   */
  public List<String> lines() {
    return new ArrayList<>(lines);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previous);
    logger.setAdditive(previousAdditive);
    stop();
  }
}
