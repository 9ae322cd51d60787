package org.openbbic.spring;

import org.openbbic.spring.RuntimeVersions.UnsupportedVersionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a start that {@link RuntimeVersions} stopped as Spring Boot's "APPLICATION FAILED TO
 * START" report: which library is too old, the version openbbic needs, and how to set it.
 *
 * @since 0.1
 */
class UnsupportedVersionFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsupportedVersionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedVersionException cause) {
    return new FailureAnalysis(cause.getMessage(), UnsupportedVersionException.action(), cause);
  }
}
