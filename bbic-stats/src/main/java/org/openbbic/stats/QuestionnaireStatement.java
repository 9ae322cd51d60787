package org.openbbic.stats;

import java.util.Objects;

/**
 * One statement of an implementation follow-up questionnaire: a stable id and the text shown to
 * respondents (for example "BBIC hjälper mig att hålla barnet i centrum").
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier, unique in the questionnaire
 * @param text the statement as asked
 * @since 0.1
 */
public record QuestionnaireStatement(String id, String text) {
  /** Checks the parts. */
  public QuestionnaireStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
  }
}
