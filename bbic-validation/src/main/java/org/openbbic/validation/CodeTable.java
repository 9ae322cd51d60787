package org.openbbic.validation;

import java.util.List;

/**
 * The finding codes that a module other than the validator reports, for the one catalogue of every
 * code ({@link RuleCatalogue}, published as {@code docs/rules.md} and by {@code bbic rules}): each
 * with its default severity, source and Swedish and English texts from the module's own bundle.
 * bbic-export declares its syntax and schema codes ({@code BBIC-SYN-nnn}, {@code BBIC-SCH-nnn})
 * this way and the command-line tool its own ({@code BBIC-CLI-nnn}); the validator's own codes and
 * its rules need no table.
 *
 * <p>Tables are found through {@link java.util.ServiceLoader}: on the module path a module declares
 * {@code provides org.openbbic.validation.CodeTable with ...}, on the class path a jar lists its
 * class in {@code META-INF/services/org.openbbic.validation.CodeTable}. An implementation is a
 * public class with a public no-argument constructor; no two tables may declare the same code.
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @since 0.1
 */
public interface CodeTable {

  /**
   * Every code of this table, in the order the catalogue lists them within their family; build each
   * with {@link RuleCatalogue.Entry#of(String, Severity, FindingSource, MessageBundle)}.
   */
  List<RuleCatalogue.Entry> entries();
}
