package org.openbbic.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Rule;
import org.openbbic.validation.RuleContext;

/**
 * Which rules a validator runs where, worked out once when it is built: per level and document kind
 * the rules that check such a document ({@link Rule#appliesTo}), on its own and in a case file
 * (where a {@link CaseWide} rule checks the documents itself), and per level the rules that check a
 * case file. A rule counts as checking documents or case files when it overrides {@link
 * Rule#checkDocument} or {@link Rule#checkCase}. Every list keeps the order of the rules. Immutable
 * and thread-safe.
 */
public final class RuleTable {

  private final Map<ValidationLevel, Map<DocumentKind<?>, List<Rule>>> single =
      new EnumMap<>(ValidationLevel.class);
  private final Map<ValidationLevel, Map<DocumentKind<?>, List<Rule>>> inCase =
      new EnumMap<>(ValidationLevel.class);
  private final Map<ValidationLevel, List<Rule>> caseRules = new EnumMap<>(ValidationLevel.class);

  private RuleTable(List<Rule> rules) {
    List<DocumentKind<?>> kinds = BbicModel.get().documentKinds();
    for (ValidationLevel level : ValidationLevel.values()) {
      Map<DocumentKind<?>, List<Rule>> one = new IdentityHashMap<>();
      Map<DocumentKind<?>, List<Rule>> chained = new IdentityHashMap<>();
      List<Rule> cases = new ArrayList<>();
      for (DocumentKind<?> kind : kinds) {
        one.put(kind, new ArrayList<>());
        chained.put(kind, new ArrayList<>());
      }
      for (Rule rule : rules) {
        if (level.compareTo(rule.minimumLevel()) < 0) {
          continue;
        }
        if (overrides(rule, "checkDocument", BbicDocument.class, RuleContext.class)) {
          for (DocumentKind<?> kind : kinds) {
            if (rule.appliesTo(kind)) {
              one.get(kind).add(rule);
              if (!(rule instanceof CaseWide)) {
                chained.get(kind).add(rule);
              }
            }
          }
        }
        if (overrides(rule, "checkCase", CaseFile.class, RuleContext.class)) {
          cases.add(rule);
        }
      }
      one.replaceAll((k, v) -> List.copyOf(v));
      chained.replaceAll((k, v) -> List.copyOf(v));
      single.put(level, one);
      inCase.put(level, chained);
      caseRules.put(level, List.copyOf(cases));
    }
  }

  /** The table of {@code rules}. */
  public static RuleTable of(List<Rule> rules) {
    return new RuleTable(rules);
  }

  private static boolean overrides(Rule rule, String method, Class<?>... parameters) {
    try {
      return rule.getClass().getMethod(method, parameters).getDeclaringClass() != Rule.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Rule." + method + " not found", e);
    }
  }

  /** The rules that check a document of {@code kind} validated on its own at {@code level}. */
  public List<Rule> document(DocumentKind<?> kind, ValidationLevel level) {
    return single.get(level).get(kind);
  }

  /** The rules that check a document of {@code kind} in a case file at {@code level}. */
  public List<Rule> caseDocument(DocumentKind<?> kind, ValidationLevel level) {
    return inCase.get(level).get(kind);
  }

  /** The rules that check a case file at {@code level}. */
  public List<Rule> caseFile(ValidationLevel level) {
    return caseRules.get(level);
  }
}
