package org.openbbic.validation.internal;

import static org.openbbic.validation.internal.Declaration.rule;
import static org.openbbic.validation.internal.Docs.args;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.RuleContext;
import org.openbbic.validation.Severity;

/**
 * BBIC-CASE-016: a new investigation on the same question opened right after one closed (JO has
 * criticised this as a way around the four-month limit).
 */
final class CircumventionRule extends ChainRule {

  /** Days after an investigation closed within which a new one on the same matter is suspect. */
  static final int CIRCUMVENTION_DAYS = 30;

  CircumventionRule() {
    super(rule("BBIC-CASE-016", Severity.WARNING, ValidationLevel.DRAFT, "investigation-deadline"));
  }

  private static Set<String> questions(Investigation inv) {
    return inv.questions().stream()
        .filter(Objects::nonNull)
        .map(q -> q.strip().toLowerCase(Locale.ROOT))
        .filter(q -> !q.isEmpty())
        .collect(Collectors.toSet());
  }

  @Override
  void check(CaseFile cf, CaseIndex ix, RuleContext ctx) {
    List<Investigation> all =
        cf.investigations().stream().filter(Objects::nonNull).collect(Collectors.toList());
    Map<Investigation, Set<String>> q = new HashMap<>();
    all.forEach(i -> q.put(i, questions(i)));
    for (Investigation later : all) {
      if (later.openedAt() == null) {
        continue;
      }
      for (Investigation earlier : all) {
        if (earlier == later || earlier.completedAt() == null) {
          continue;
        }
        LocalDate closed = earlier.completedAt();
        boolean soonAfter =
            !later.openedAt().isBefore(closed)
                && !later.openedAt().isAfter(closed.plusDays(CIRCUMVENTION_DAYS));
        if (!soonAfter) {
          continue;
        }
        boolean sameMatter =
            later.initiatedBy().stream().anyMatch(earlier.initiatedBy()::contains)
                || q.get(later).stream().anyMatch(q.get(earlier)::contains);
        if (sameMatter) {
          ctx.report(
              ix.pointer(later) + "/openedAt",
              later,
              later.openedAt(),
              args("closedAt", closed, "days", CIRCUMVENTION_DAYS));
          break;
        }
      }
    }
  }
}
