package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on a {@code superset.*} property: which property, what is wrong
 * and what to set. Registered in {@code META-INF/spring.factories}.
 */
public final class SupersetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSupersetPropertyException> {

  /** Creates the analyzer; Boot instantiates it. */
  public SupersetFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSupersetPropertyException cause) {
    return new FailureAnalysis(
        "The Superset SDK could not be configured: property '" + cause.property() + "' " + cause.problem() + ".",
        cause.action(),
        cause);
  }
}
