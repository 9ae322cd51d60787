package org.openbbic.forms.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Goal;

/**
 * One kind of BBIC document: its form type and class, where the case file holds it, the date of its
 * event, the dates on which something in it was done, the documents it refers to, and its goals.
 *
 * <p>Immutable and thread-safe; obtained from {@link BbicModel}.
 *
 * @param <D> the document class
 * @since 0.1
 */
public final class DocumentKind<D extends BbicDocument> {

  /** BBIC dates are local dates in Sweden: a date-time counts by its date there. */
  public static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

  private final FormType formType;
  private final Class<D> type;
  private final TypeDefinition definition;
  private final FieldDefinition caseFileSlot;
  private final FieldDefinition eventDate;
  private final boolean eventDatePlanned;
  private final FieldDefinition completion;
  private final List<List<FieldDefinition>> doneDates;
  private final List<Reference> references;
  private final List<FieldDefinition> goals;
  private final FieldDefinition header;

  DocumentKind(
      FormType formType,
      Class<D> type,
      TypeDefinition definition,
      FieldDefinition caseFileSlot,
      FieldDefinition eventDate,
      boolean eventDatePlanned,
      FieldDefinition completion,
      List<List<FieldDefinition>> doneDates,
      List<Reference> references,
      List<FieldDefinition> goals) {
    this.formType = formType;
    this.type = type;
    this.definition = definition;
    this.caseFileSlot = caseFileSlot;
    this.eventDate = eventDate;
    this.eventDatePlanned = eventDatePlanned;
    this.completion = completion;
    this.doneDates = doneDates.stream().map(List::copyOf).toList();
    this.references = List.copyOf(references);
    this.goals = List.copyOf(goals);
    this.header = definition.field("header");
  }

  /** The form type. */
  public FormType formType() {
    return formType;
  }

  /** The document class. */
  public Class<D> type() {
    return type;
  }

  /** The document type's definition: names and fields. */
  public TypeDefinition definition() {
    return definition;
  }

  /** The root element name, {@code carePlan}. */
  public String rootName() {
    return definition.rootName().orElseThrow();
  }

  /** The form type's label: Vårdplan, Care plan. */
  public String label(Locale locale) {
    return formType.label(locale);
  }

  /**
   * The case file's field that holds documents of this kind ({@code carePlans}, {@code basicData}).
   */
  public FieldDefinition caseFileSlot() {
    return caseFileSlot;
  }

  /** {@code document} as this kind's class. */
  public D cast(BbicDocument document) {
    return type.cast(document);
  }

  /** The field that dates the document's event ({@link EventDate}); empty for basic data. */
  public Optional<FieldDefinition> eventDateField() {
    return Optional.ofNullable(eventDate);
  }

  /** Whether the event date is a planned date (an assignment's or a plan's start). */
  public boolean eventDatePlanned() {
    return eventDatePlanned;
  }

  /** The date of {@code document}'s event, its Swedish date for a date-time; or {@code null}. */
  public DatedValue eventDate(BbicDocument document) {
    return eventDate == null
        ? null
        : DatedValue.of(eventDate.name(), eventDate.get(cast(document)));
  }

  /**
   * The date a document that rests on {@code document} may not precede: when its work was finished
   * ({@link DoneDate#completion()}, an investigation's completion) when that is given, else its
   * {@linkplain #eventDate event date}; or {@code null}.
   */
  public DatedValue readyDate(BbicDocument document) {
    if (completion != null) {
      DatedValue done = DatedValue.of(completion.name(), completion.get(cast(document)));
      if (done != null) {
        return done;
      }
    }
    return eventDate(document);
  }

  /**
   * The dates on which something was done in {@code document} (created, signed, received, decided,
   * performed, completed), each with its path in the document: the header's first, then the event
   * date unless it is planned, then the others in the format's order. Never a planned date.
   */
  public List<DatedValue> doneDates(BbicDocument document) {
    D doc = cast(document);
    List<DatedValue> out = new ArrayList<>();
    for (List<FieldDefinition> path : doneDates) {
      Object value = doc;
      StringBuilder name = new StringBuilder();
      for (FieldDefinition f : path) {
        value = value == null ? null : f.get(value);
        name.append(name.length() == 0 ? "" : "/").append(f.name());
      }
      DatedValue dated = DatedValue.of(name.toString(), value);
      if (dated != null) {
        out.add(dated);
      }
    }
    return out;
  }

  /** The fields by which this kind refers to other documents, in the format's order. */
  public List<Reference> references() {
    return references;
  }

  /** Every id {@code document} refers to, in the format's order, each with its pointer. */
  public List<Reference.Value> referenceValues(BbicDocument document) {
    List<Reference.Value> out = new ArrayList<>();
    for (Reference r : references) {
      out.addAll(r.values(document));
    }
    return out;
  }

  /** The fields that hold goals (mål), in the format's order; empty for most kinds. */
  public List<FieldDefinition> goalFields() {
    return goals;
  }

  /** The goals {@code document} sets, in order; absent items left out. */
  public List<Goal> goals(BbicDocument document) {
    if (goals.isEmpty()) {
      return List.of();
    }
    List<Goal> out = new ArrayList<>();
    for (FieldDefinition f : goals) {
      for (Object g : (List<?>) f.get(cast(document))) {
        if (g != null) {
          out.add((Goal) g);
        }
      }
    }
    return out;
  }

  /** A copy of {@code document} with {@code header}; {@code document} is unchanged. */
  public D withHeader(D document, DocumentHeader header) {
    return definition.with(document, this.header, header);
  }

  @Override
  public String toString() {
    return "DocumentKind[" + formType + "]";
  }

  /**
   * A date and the path of the field that holds it in its document ({@code decidedAt}, {@code
   * header/signedAt}).
   *
   * @param path the field's path in the document, names separated by {@code /}
   * @param date the date, the Swedish date of a date-time
   */
  public record DatedValue(String path, LocalDate date) {

    static DatedValue of(String path, Object value) {
      LocalDate date =
          value instanceof OffsetDateTime t
              ? t.atZoneSameInstant(SWEDISH_TIME).toLocalDate()
              : (LocalDate) value;
      return date == null ? null : new DatedValue(path, date);
    }
  }
}
