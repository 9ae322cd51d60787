package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openbbic.forms.meta.EventDate;
import org.openbbic.forms.meta.References;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Utredningsplan (Investigation plan).
 *
 * <p>Information set 4: how the investigation will be carried out, finished within four months of
 * its opening.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "investigationPlan")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "initiatedBy",
      "investigationOpenedAt",
      "questions",
      "areasInFocus",
      "sources",
      "instruments",
      "childParticipation",
      "plannedCompletion",
      "participants"
    })
@JsonPropertyOrder({
  "header",
  "initiatedBy",
  "investigationOpenedAt",
  "questions",
  "areasInFocus",
  "sources",
  "instruments",
  "childParticipation",
  "plannedCompletion",
  "participants"
})
public final class InvestigationPlan implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Aktualisering (Reports or applications that started the investigation). */
  @References({Report.class, Application.class})
  @XmlElementWrapper(name = "initiatedBy")
  @XmlElement(name = "documentId")
  private List<UUID> initiatedBy = new ArrayList<>();

  /** Utredning inledd (Investigation opened on). */
  @EventDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate investigationOpenedAt;

  /** Utredningsfrågor (Questions of the investigation). */
  @Size(min = 1, groups = Complete.class)
  @XmlElementWrapper(name = "questions")
  @XmlElement(name = "question")
  private List<@Size(max = TextLimits.SHORT, groups = Draft.class) String> questions =
      new ArrayList<>();

  /** Behovsområden i fokus (Need areas in focus). */
  @XmlElementWrapper(name = "areasInFocus")
  @XmlElement(name = "needArea")
  private List<NeedArea> areasInFocus = new ArrayList<>();

  /** Planerade kontakter (Planned sources). */
  @XmlElementWrapper(name = "sources")
  @XmlElement(name = "source")
  private List<@Valid PlannedSource> sources = new ArrayList<>();

  /** Planerade bedömningsinstrument (Planned instruments). */
  @XmlElementWrapper(name = "instruments")
  @XmlElement(name = "instrument")
  private List<@Size(max = TextLimits.NAME, groups = Draft.class) String> instruments =
      new ArrayList<>();

  /**
   * Barnets delaktighet och planerade samtal (The child's participation and planned conversations).
   */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String childParticipation;

  /** Planerad slutdag (Planned completion). */
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate plannedCompletion;

  /** Deltagare (Participants). */
  @XmlElementWrapper(name = "participants")
  @XmlElement(name = "participant")
  private List<@Size(max = TextLimits.NAME, groups = Draft.class) String> participants =
      new ArrayList<>();

  private InvestigationPlan() {
    // for the binding frameworks only
  }

  private InvestigationPlan(Builder builder) {
    this.header = builder.header;
    this.initiatedBy = new ArrayList<>(builder.initiatedBy);
    this.investigationOpenedAt = builder.investigationOpenedAt;
    this.questions = new ArrayList<>(builder.questions);
    this.areasInFocus = new ArrayList<>(builder.areasInFocus);
    this.sources = new ArrayList<>(builder.sources);
    this.instruments = new ArrayList<>(builder.instruments);
    this.childParticipation = builder.childParticipation;
    this.plannedCompletion = builder.plannedCompletion;
    this.participants = new ArrayList<>(builder.participants);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.initiatedBy(initiatedBy());
    builder.investigationOpenedAt = investigationOpenedAt;
    builder.questions(questions());
    builder.areasInFocus(areasInFocus());
    builder.sources(sources());
    builder.instruments(instruments());
    builder.childParticipation = childParticipation;
    builder.plannedCompletion = plannedCompletion;
    builder.participants(participants());
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Aktualisering (Reports or applications that started the investigation). */
  public List<UUID> initiatedBy() {
    return initiatedBy == null ? List.of() : Collections.unmodifiableList(initiatedBy);
  }

  /** Utredning inledd (Investigation opened on). */
  public LocalDate investigationOpenedAt() {
    return investigationOpenedAt;
  }

  /** Utredningsfrågor (Questions of the investigation). */
  public List<String> questions() {
    return questions == null ? List.of() : Collections.unmodifiableList(questions);
  }

  /** Behovsområden i fokus (Need areas in focus). */
  public List<NeedArea> areasInFocus() {
    return areasInFocus == null ? List.of() : Collections.unmodifiableList(areasInFocus);
  }

  /** Planerade kontakter (Planned sources). */
  public List<PlannedSource> sources() {
    return sources == null ? List.of() : Collections.unmodifiableList(sources);
  }

  /** Planerade bedömningsinstrument (Planned instruments). */
  public List<String> instruments() {
    return instruments == null ? List.of() : Collections.unmodifiableList(instruments);
  }

  /**
   * Barnets delaktighet och planerade samtal (The child's participation and planned conversations).
   */
  public String childParticipation() {
    return childParticipation;
  }

  /** Planerad slutdag (Planned completion). */
  public LocalDate plannedCompletion() {
    return plannedCompletion;
  }

  /** Deltagare (Participants). */
  public List<String> participants() {
    return participants == null ? List.of() : Collections.unmodifiableList(participants);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof InvestigationPlan)) {
      return false;
    }
    InvestigationPlan other = (InvestigationPlan) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(initiatedBy(), other.initiatedBy())
        && Objects.equals(investigationOpenedAt(), other.investigationOpenedAt())
        && Objects.equals(questions(), other.questions())
        && Objects.equals(areasInFocus(), other.areasInFocus())
        && Objects.equals(sources(), other.sources())
        && Objects.equals(instruments(), other.instruments())
        && Objects.equals(childParticipation(), other.childParticipation())
        && Objects.equals(plannedCompletion(), other.plannedCompletion())
        && Objects.equals(participants(), other.participants());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        initiatedBy(),
        investigationOpenedAt(),
        questions(),
        areasInFocus(),
        sources(),
        instruments(),
        childParticipation(),
        plannedCompletion(),
        participants());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "InvestigationPlan["
        + "header="
        + header
        + ", "
        + "initiatedBy="
        + initiatedBy().size()
        + ", "
        + "questions="
        + questions().size()
        + ", "
        + "areasInFocus="
        + areasInFocus().size()
        + ", "
        + "sources="
        + sources().size()
        + ", "
        + "instruments="
        + instruments().size()
        + ", "
        + "participants="
        + participants().size()
        + "]";
  }

  /** Builds a {@link InvestigationPlan}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private final List<UUID> initiatedBy = new ArrayList<>();
    private LocalDate investigationOpenedAt;
    private final List<String> questions = new ArrayList<>();
    private final List<NeedArea> areasInFocus = new ArrayList<>();
    private final List<PlannedSource> sources = new ArrayList<>();
    private final List<String> instruments = new ArrayList<>();
    private String childParticipation;
    private LocalDate plannedCompletion;
    private final List<String> participants = new ArrayList<>();

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Aktualisering (Reports or applications that started the investigation). */
    public Builder initiatedBy(Collection<? extends UUID> initiatedBy) {
      this.initiatedBy.clear();
      initiatedBy.forEach(this::addInitiatedBy);
      return this;
    }

    /** Adds one to Aktualisering (Reports or applications that started the investigation). */
    public Builder addInitiatedBy(UUID initiatedByItem) {
      this.initiatedBy.add(Objects.requireNonNull(initiatedByItem, "initiatedBy"));
      return this;
    }

    /** Utredning inledd (Investigation opened on). */
    public Builder investigationOpenedAt(LocalDate investigationOpenedAt) {
      this.investigationOpenedAt = investigationOpenedAt;
      return this;
    }

    /** Utredningsfrågor (Questions of the investigation). */
    public Builder questions(Collection<? extends String> questions) {
      this.questions.clear();
      questions.forEach(this::addQuestion);
      return this;
    }

    /** Adds one to Utredningsfrågor (Questions of the investigation). */
    public Builder addQuestion(String question) {
      this.questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /** Behovsområden i fokus (Need areas in focus). */
    public Builder areasInFocus(Collection<? extends NeedArea> areasInFocus) {
      this.areasInFocus.clear();
      areasInFocus.forEach(this::addNeedArea);
      return this;
    }

    /** Adds one to Behovsområden i fokus (Need areas in focus). */
    public Builder addNeedArea(NeedArea needArea) {
      this.areasInFocus.add(Objects.requireNonNull(needArea, "needArea"));
      return this;
    }

    /** Planerade kontakter (Planned sources). */
    public Builder sources(Collection<? extends PlannedSource> sources) {
      this.sources.clear();
      sources.forEach(this::addSource);
      return this;
    }

    /** Adds one to Planerade kontakter (Planned sources). */
    public Builder addSource(PlannedSource source) {
      this.sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Planerade bedömningsinstrument (Planned instruments). */
    public Builder instruments(Collection<? extends String> instruments) {
      this.instruments.clear();
      instruments.forEach(this::addInstrument);
      return this;
    }

    /** Adds one to Planerade bedömningsinstrument (Planned instruments). */
    public Builder addInstrument(String instrument) {
      this.instruments.add(Objects.requireNonNull(instrument, "instrument"));
      return this;
    }

    /**
     * Barnets delaktighet och planerade samtal (The child's participation and planned
     * conversations).
     */
    public Builder childParticipation(String childParticipation) {
      this.childParticipation = childParticipation;
      return this;
    }

    /** Planerad slutdag (Planned completion). */
    public Builder plannedCompletion(LocalDate plannedCompletion) {
      this.plannedCompletion = plannedCompletion;
      return this;
    }

    /** Deltagare (Participants). */
    public Builder participants(Collection<? extends String> participants) {
      this.participants.clear();
      participants.forEach(this::addParticipant);
      return this;
    }

    /** Adds one to Deltagare (Participants). */
    public Builder addParticipant(String participant) {
      this.participants.add(Objects.requireNonNull(participant, "participant"));
      return this;
    }

    /** A new {@link InvestigationPlan} with this builder's values; the builder can be reused. */
    public InvestigationPlan build() {
      return new InvestigationPlan(this);
    }
  }
}
