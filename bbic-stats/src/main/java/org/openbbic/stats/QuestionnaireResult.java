package org.openbbic.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exact result of an {@link ImplementationQuestionnaire}: per statement, the number of
 * respondents per {@link Agreement} step (row codes are the {@code Agreement} names) and {@link
 * ImplementationQuestionnaire#NO_ANSWER}; and the free-text comments per theme. Small-number
 * protection is applied only when it is published ({@link StatsWriter}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no comment.
 *
 * @since 0.1
 */
public final class QuestionnaireResult {

  private final String title;
  private final List<QuestionnaireStatement> statements;
  private final Map<String, FrequencyTable> tables;
  private final Map<String, List<String>> comments;
  private final long respondents;

  QuestionnaireResult(
      String title,
      List<QuestionnaireStatement> statements,
      Map<String, FrequencyTable> tables,
      Map<String, List<String>> comments,
      long respondents) {
    this.title = title;
    this.statements = statements;
    this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    this.comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
    this.respondents = respondents;
  }

  /** The title ({@code ""} when none was given). */
  public String title() {
    return title;
  }

  /** The statements, in order. */
  public List<QuestionnaireStatement> statements() {
    return statements;
  }

  /**
   * The themes in the order they first occur among the statements, {@code ""} (no theme, and the
   * general comments) last when some statement has no theme or there are general comments.
   */
  public List<String> themes() {
    List<String> themes = new ArrayList<>();
    boolean general = comments.containsKey("");
    for (QuestionnaireStatement s : statements) {
      if (s.theme().isEmpty()) {
        general = true;
      } else if (!themes.contains(s.theme())) {
        themes.add(s.theme());
      }
    }
    if (general) {
      themes.add("");
    }
    return List.copyOf(themes);
  }

  /** The number of respondents. */
  public long respondents() {
    return respondents;
  }

  /** The number of respondents who answered the statement with {@code id}. */
  public long answered(String id) {
    return respondents - table(id).count(ImplementationQuestionnaire.NO_ANSWER);
  }

  /** The frequency table of the statement with {@code id}. */
  public FrequencyTable table(String id) {
    FrequencyTable t = tables.get(id);
    if (t == null) {
      throw new IllegalArgumentException("no statement with the given id");
    }
    return t;
  }

  /** The comments under {@code theme} ({@code ""}: general comments), in the order given. */
  public List<String> comments(String theme) {
    return comments.getOrDefault(theme, List.of());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QuestionnaireResult)) {
      return false;
    }
    QuestionnaireResult r = (QuestionnaireResult) o;
    return title.equals(r.title)
        && statements.equals(r.statements)
        && tables.equals(r.tables)
        && comments.equals(r.comments)
        && respondents == r.respondents;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, statements, tables, comments, respondents);
  }

  @Override
  public String toString() {
    return "QuestionnaireResult[" + statements.size() + " statements, " + respondents + "]";
  }
}
