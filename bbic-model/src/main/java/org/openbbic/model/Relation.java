package org.openbbic.model;

import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * Relation till barnet (Relation to the child).
 *
 * <p>The wire code of each constant is its name; names are never changed or reused.
 *
 * @since 0.1
 */
public enum Relation implements Code {
  /** Mamma (Mother). */
  MOTHER,

  /** Pappa (Father). */
  FATHER,

  /** Annan vårdnadshavare (Other guardian). */
  OTHER_GUARDIAN,

  /** Familjehemsförälder (Foster parent). */
  FOSTER_PARENT,

  /** Syskon (Sibling). */
  SIBLING,

  /** Annan släkting (Other relative). */
  OTHER_RELATIVE,

  /** Barnet eller den unge själv (The child or young person themself). */
  SELF,

  /** Annan (Other). */
  OTHER;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("Relation." + name(), locale);
  }
}
