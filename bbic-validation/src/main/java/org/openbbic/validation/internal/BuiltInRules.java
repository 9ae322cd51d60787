package org.openbbic.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.openbbic.validation.Rule;

/** The library's own rules, single-document first, then case-chain. */
public final class BuiltInRules {

  /** Every built-in rule, in the order they run. */
  public static final List<Rule> ALL = build();

  private BuiltInRules() {}

  private static List<Rule> build() {
    List<Rule> all = new ArrayList<>();
    all.addAll(DocumentRules.all());
    all.addAll(CaseRules.all());
    return List.copyOf(all);
  }
}
