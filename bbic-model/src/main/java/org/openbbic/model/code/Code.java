package org.openbbic.model.code;

import java.util.Locale;

/**
 * A value from a BBIC code list: a stable code for programs and the wire, and a label for people.
 *
 * <p>Codes never change meaning and are never reused. Labels come from the library's bundles:
 * Socialstyrelsen's exact Swedish wording, and an English gloss for developers. The locale is
 * always passed; the JVM default is never read.
 *
 * @since 0.1
 */
public interface Code {

  /** The stable code, as written in JSON and XML. */
  String code();

  /**
   * The label in {@code locale}'s language: English for {@code en}, Swedish for every other
   * language.
   */
  String label(Locale locale);
}
