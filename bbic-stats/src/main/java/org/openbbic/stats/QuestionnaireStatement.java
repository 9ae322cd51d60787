package org.openbbic.stats;

import java.util.Objects;

/**
 * One statement of an implementation follow-up questionnaire: a stable id, the text shown to
 * respondents (for example "BBIC hjälper mig att hålla barnet i centrum") and the theme it is
 * published under ({@code ""}: none).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier, unique in the questionnaire
 * @param text the statement as asked
 * @param theme the theme (tema) it is grouped under; {@code ""} when it has none
 * @since 0.1
 */
public record QuestionnaireStatement(String id, String text, String theme) {
  /** Checks the parts. */
  public QuestionnaireStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(theme, "theme");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
  }

  /** A statement without a theme. */
  public QuestionnaireStatement(String id, String text) {
    this(id, text, "");
  }
}
