package org.openbbic.validation.internal;

import java.util.List;

/** Codes of the validator's own failures. */
public final class SystemCodes {

  /** A rule threw an exception (a defect in the rule). */
  public static final String RULE_FAILED = "BBIC-SYS-001";

  /** Constraint validation could not run. */
  public static final String CONSTRAINTS_FAILED = "BBIC-SYS-002";

  /** Every system code. */
  public static final List<String> ALL = List.of(RULE_FAILED, CONSTRAINTS_FAILED);

  private SystemCodes() {}
}
