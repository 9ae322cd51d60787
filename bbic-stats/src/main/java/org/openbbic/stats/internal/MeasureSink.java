package org.openbbic.stats.internal;

import org.openbbic.stats.Measure;

/**
 * Receives what one case file contributes to a report. Implementations need not be thread-safe.
 *
 * @since 0.1
 */
public interface MeasureSink {

  /** Adds one to the cell of {@code measure}. */
  void count(Measure measure, String row, String column);

  /** Adds one finished investigation of {@code days}. */
  void investigationDays(long days);

  /** Adds one open case to the caseload of the case worker with {@code key}. */
  void caseload(String key);
}
