package org.openbbic.validation.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.validation.RuleContext;

/**
 * Typed checks of a rule that looks at several document types, one per type: {@link #covers} tells
 * the rule's kinds, {@link #check} runs the check of a document's type. Immutable once built.
 */
final class ByKind {

  /** One typed check. */
  interface Check<D extends BbicDocument> {
    void check(D document, RuleContext context);
  }

  private final Map<Class<?>, Check<?>> checks = new IdentityHashMap<>();

  /** Adds the check of {@code type}. */
  <D extends BbicDocument> ByKind on(Class<D> type, Check<D> check) {
    checks.put(type, check);
    return this;
  }

  /** Whether a check is declared for {@code kind}. */
  boolean covers(DocumentKind<?> kind) {
    return checks.containsKey(kind.type());
  }

  /** Runs the check of {@code document}'s type, if any. */
  @SuppressWarnings("unchecked")
  <D extends BbicDocument> void check(D document, RuleContext context) {
    Check<D> c = (Check<D>) checks.get(document.getClass());
    if (c != null) {
      c.check(document, context);
    }
  }
}
