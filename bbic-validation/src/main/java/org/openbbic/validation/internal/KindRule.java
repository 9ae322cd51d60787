package org.openbbic.validation.internal;

import org.openbbic.forms.BbicDocument;
import org.openbbic.validation.DocumentRule;

/**
 * A built-in rule over documents of one type ({@code BbicDocument}: every kind): the validator
 * calls it only with documents of its kinds. Stateless and thread-safe.
 *
 * @param <D> the document type checked
 */
abstract class KindRule<D extends BbicDocument> extends DocumentRule<D> implements Declared {

  private final Declaration declaration;

  KindRule(Class<D> type, Declaration declaration) {
    super(type);
    this.declaration = declaration;
  }

  @Override
  public final Declaration declaration() {
    return declaration;
  }

  @Override
  public String toString() {
    return code();
  }
}
