package org.openbbic.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulates answers to an implementation follow-up questionnaire, one respondent at a time, into
 * a frequency table per statement on the five-step {@link Agreement} scale (plus "no answer"), and
 * the respondents' free-text comments per theme. Accumulators over parts of the answers {@link
 * #combine combine} exactly. {@link QuestionnaireCsv} reads one from spreadsheets.
 *
 * <pre>{@code
 * ImplementationQuestionnaire q = ImplementationQuestionnaire.builder()
 *     .title("Uppföljning av BBIC-implementeringen 2026")
 *     .statement("S1", "BBIC hjälper mig att hålla barnet i centrum")
 *     .build();
 * q.answer(Map.of("S1", Agreement.AGREE));
 * StatsWriter.writeHtml(q.result(), PublishOptions.defaults(), out);
 * }</pre>
 *
 * <p>Not thread-safe: use one accumulator per thread and combine them.
 *
 * @since 0.1
 */
public final class ImplementationQuestionnaire {

  /** The row code of a statement left unanswered. */
  public static final String NO_ANSWER = "NO_ANSWER";

  private final String title;
  private final List<QuestionnaireStatement> statements;
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, List<String>> comments = new LinkedHashMap<>();
  private long respondents;

  private ImplementationQuestionnaire(String title, List<QuestionnaireStatement> statements) {
    this.title = title;
    this.statements = statements;
    for (QuestionnaireStatement s : statements) {
      counts.put(s.id(), new long[Agreement.values().length + 1]);
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The statements, in order. */
  public List<QuestionnaireStatement> statements() {
    return statements;
  }

  /**
   * Adds one respondent's answers, statement id → agreement; statements missing from {@code
   * answers} count as unanswered.
   *
   * @throws IllegalArgumentException for an answer to a statement not in the questionnaire (nothing
   *     is added then)
   */
  public ImplementationQuestionnaire answer(Map<String, Agreement> answers) {
    for (String id : answers.keySet()) {
      if (!counts.containsKey(id)) {
        throw new IllegalArgumentException("no statement with the given id");
      }
    }
    for (QuestionnaireStatement s : statements) {
      Agreement a = answers.get(s.id());
      counts.get(s.id())[a == null ? Agreement.values().length : a.ordinal()]++;
    }
    respondents++;
    return this;
  }

  /**
   * Adds a respondent's free-text comment under {@code theme} ({@code ""}: a general comment). The
   * text is published as it is (escaped) and never logged. Blank comments are left out.
   *
   * @throws IllegalArgumentException when {@code theme} is neither {@code ""} nor a statement's
   *     theme
   */
  public ImplementationQuestionnaire comment(String theme, String text) {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(text, "text");
    if (!theme.isEmpty() && statements.stream().noneMatch(s -> s.theme().equals(theme))) {
      throw new IllegalArgumentException("no statement has the given theme");
    }
    if (!text.isBlank()) {
      comments.computeIfAbsent(theme, k -> new ArrayList<>()).add(text.strip());
    }
    return this;
  }

  /**
   * Adds what {@code other} has accumulated; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException when the statements differ, or {@code other} is this
   */
  public ImplementationQuestionnaire combine(ImplementationQuestionnaire other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot combine an accumulator with itself");
    }
    if (!statements.equals(other.statements)) {
      throw new IllegalArgumentException("statements differ");
    }
    other.counts.forEach(
        (id, c) -> {
          long[] target = counts.get(id);
          for (int i = 0; i < c.length; i++) {
            target[i] += c[i];
          }
        });
    other.comments.forEach(
        (theme, list) -> comments.computeIfAbsent(theme, k -> new ArrayList<>()).addAll(list));
    respondents += other.respondents;
    return this;
  }

  /** The result so far (a snapshot). */
  public QuestionnaireResult result() {
    Map<String, FrequencyTable> tables = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>();
    for (Agreement a : Agreement.values()) {
      rows.add(a.name());
    }
    rows.add(NO_ANSWER);
    for (QuestionnaireStatement s : statements) {
      long[] c = counts.get(s.id());
      Map<String, long[]> byRow = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        byRow.put(rows.get(i), new long[] {c[i]});
      }
      tables.put(
          s.id(),
          FrequencyTable.of(
              List.of(Measure.COUNT), rows, byRow, java.util.Comparator.naturalOrder()));
    }
    Map<String, List<String>> byTheme = new LinkedHashMap<>();
    comments.forEach((theme, list) -> byTheme.put(theme, List.copyOf(list)));
    return new QuestionnaireResult(title, statements, tables, byTheme, respondents);
  }

  /**
   * Builds an {@link ImplementationQuestionnaire}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String title = "";
    private final List<QuestionnaireStatement> statements = new ArrayList<>();

    private Builder() {}

    /** The questionnaire's title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** Adds a statement without a theme. */
    public Builder statement(String id, String text) {
      return statement(new QuestionnaireStatement(id, text));
    }

    /** Adds a statement. */
    public Builder statement(QuestionnaireStatement statement) {
      statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * A new, empty accumulator.
     *
     * @throws IllegalStateException without statements or with a repeated id
     */
    public ImplementationQuestionnaire build() {
      if (statements.isEmpty()) {
        throw new IllegalStateException("no statements");
      }
      if (statements.stream().map(QuestionnaireStatement::id).distinct().count()
          != statements.size()) {
        throw new IllegalStateException("repeated statement id");
      }
      return new ImplementationQuestionnaire(title, List.copyOf(statements));
    }
  }
}
