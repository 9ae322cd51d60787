package org.openbbic.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.openbbic.validation.internal.BuiltInRules;

/**
 * The rules the library ships and the rules found on the module or class path.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class Rules {

  private Rules() {}

  /** The library's own rules, in the order they run. */
  public static List<Rule> builtIn() {
    return BuiltInRules.ALL;
  }

  /** The rules that other modules provide through {@link ServiceLoader}. */
  public static List<Rule> discovered() {
    List<Rule> out = new ArrayList<>();
    ServiceLoader.load(Rule.class, Rules.class.getClassLoader()).forEach(out::add);
    return List.copyOf(out);
  }
}
