package org.openbbic.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openbbic.stats.internal.Labels;
import org.openbbic.stats.internal.Publication;
import org.openbbic.stats.internal.Published;

/**
 * The exact result of an {@link ImplementationQuestionnaire}: per statement, the number of
 * respondents per {@link Agreement} step (row codes are the {@code Agreement} names) and {@link
 * ImplementationQuestionnaire#NO_ANSWER}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QuestionnaireResult {

  private final String title;
  private final List<QuestionnaireStatement> statements;
  private final Map<String, FrequencyTable> tables;
  private final long respondents;

  QuestionnaireResult(
      String title,
      List<QuestionnaireStatement> statements,
      Map<String, FrequencyTable> tables,
      long respondents) {
    this.title = title;
    this.statements = statements;
    this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    this.respondents = respondents;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The statements, in order. */
  public List<QuestionnaireStatement> statements() {
    return statements;
  }

  /** The number of respondents. */
  public long respondents() {
    return respondents;
  }

  /** The frequency table of the statement with {@code id}. */
  public FrequencyTable table(String id) {
    FrequencyTable t = tables.get(id);
    if (t == null) {
      throw new IllegalArgumentException("no statement with the given id");
    }
    return t;
  }

  Published.Document publish(PublishOptions options) {
    Locale locale = options.locale();
    int threshold = options.threshold();
    boolean en = Labels.english(locale);
    List<Published.Table> list = new ArrayList<>();
    int n = 0;
    for (QuestionnaireStatement s : statements) {
      FrequencyTable t = tables.get(s.id());
      List<List<Published.Cell>> counts = new ArrayList<>();
      for (String row : t.rows()) {
        counts.add(new ArrayList<>(List.of(Publication.count(t.count(row), threshold))));
      }
      // the number of respondents is published: a lone suppressed count must take another along
      Publication.secondarySuppression(counts, 1);
      List<Published.Row> rows = new ArrayList<>();
      for (int i = 0; i < t.rows().size(); i++) {
        String row = t.rows().get(i);
        long c = t.count(row);
        String label =
            ImplementationQuestionnaire.NO_ANSWER.equals(row)
                ? Labels.text(row, locale)
                : Agreement.valueOf(row).label(locale);
        Published.Cell count = counts.get(i).get(0);
        Published.Cell share =
            count.suppressed()
                ? Published.Cell.hidden(Published.Unit.PERCENT)
                : respondents == 0
                    ? new Published.Cell(null, Published.Unit.PERCENT, false)
                    : new Published.Cell(100.0 * c / respondents, Published.Unit.PERCENT, false);
        rows.add(new Published.Row(row, label, List.of(count, share)));
      }
      n++;
      list.add(
          new Published.Table(
              String.format(Locale.ROOT, "statement-%02d", n),
              en ? "Statements" : "Påståenden",
              s.text(),
              List.of(
                  new Published.Column(Measure.COUNT, Labels.text(Measure.COUNT, locale)),
                  new Published.Column("SHARE", en ? "Share, %" : "Andel, %")),
              rows,
              0));
    }
    return new Published.Document(
        "implementation-questionnaire",
        title.isBlank() ? (en ? "BBIC implementation follow-up" : "Uppföljning av BBIC") : title,
        (en ? "Respondents: " : "Antal svarande: ") + respondents,
        List.of(
            new String[] {"respondents", Long.toString(respondents)},
            new String[] {"threshold", Integer.toString(threshold)}),
        Publication.suppressionNotes(threshold, locale),
        threshold,
        list);
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
        && respondents == r.respondents;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, statements, tables, respondents);
  }

  @Override
  public String toString() {
    return "QuestionnaireResult[" + statements.size() + " statements, " + respondents + "]";
  }
}
