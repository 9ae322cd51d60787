package org.openbbic.export.internal;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;
import org.openbbic.validation.internal.FindingSink;

/**
 * The finding sinks of reads: the one sink of bbic-validation, with this module's messages and the
 * read's cap. Stateless and thread-safe.
 */
public final class ReadFindings {

  /** The most findings one read keeps; the report says when more were left out. */
  public static final int MAX = 200;

  private ReadFindings() {}

  /**
   * The sink of one read (one record, for a batch) under {@code validator}'s suppress and severity
   * settings, as its own findings are: a FATAL finding (the payload could not be read at all) is
   * kept as it is, so that a read without a value always says why. Messages in {@code locale};
   * {@code lineBase} is added to every line.
   */
  public static FindingSink sink(BbicValidator validator, Locale locale, int lineBase) {
    UnaryOperator<Finding> policy =
        f -> f.severity() == Severity.FATAL ? f : validator.graded(f).orElse(null);
    return FindingSink.forRead(policy, MAX, ExportMessages.bundle(), locale, lineBase);
  }

  /** The sink of one read that keeps every finding as it is made. */
  public static FindingSink sink(Locale locale, int lineBase) {
    return FindingSink.forRead(f -> f, MAX, ExportMessages.bundle(), locale, lineBase);
  }
}
