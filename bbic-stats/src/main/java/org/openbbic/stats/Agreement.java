package org.openbbic.stats;

import java.util.Locale;

/**
 * The five-step agreement scale of BBIC implementation follow-up questionnaires.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Agreement {
  /** Instämmer helt. */
  AGREE_FULLY("Instämmer helt", "Fully agree"),
  /** Instämmer. */
  AGREE("Instämmer", "Agree"),
  /** Instämmer delvis. */
  AGREE_PARTLY("Instämmer delvis", "Partly agree"),
  /** Instämmer inte alls. */
  DISAGREE("Instämmer inte alls", "Do not agree at all"),
  /** Kan ej uttala mig. */
  CANNOT_SAY("Kan ej uttala mig", "Cannot say");

  private final String swedish;
  private final String english;

  Agreement(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The label: Socialstyrelsen's Swedish wording unless {@code locale} is English. */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? english : swedish;
  }
}
