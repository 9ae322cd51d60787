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
import org.openbbic.forms.meta.DoneDate;
import org.openbbic.forms.meta.EventDate;
import org.openbbic.forms.meta.References;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Beslutsunderlag (Investigation report).
 *
 * <p>Information set 5: the investigation report (beslutsunderlag). It assesses the child's needs
 * along the BBIC triangle, area by area, and ends in a proposed decision that was communicated to
 * the parties.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "investigation")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "initiatedBy",
      "planId",
      "openedAt",
      "reason",
      "priorKnowledge",
      "questions",
      "sources",
      "childConversations",
      "childViews",
      "childViewsNotObtainedReason",
      "guardianViews",
      "assessments",
      "analysis",
      "instruments",
      "proposal",
      "communication",
      "completedAt",
      "extension"
    })
@JsonPropertyOrder({
  "header",
  "initiatedBy",
  "planId",
  "openedAt",
  "reason",
  "priorKnowledge",
  "questions",
  "sources",
  "childConversations",
  "childViews",
  "childViewsNotObtainedReason",
  "guardianViews",
  "assessments",
  "analysis",
  "instruments",
  "proposal",
  "communication",
  "completedAt",
  "extension"
})
public final class Investigation implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Aktualisering (Reports or applications that started the investigation). */
  @References({Report.class, Application.class})
  @XmlElementWrapper(name = "initiatedBy")
  @XmlElement(name = "documentId")
  private List<UUID> initiatedBy = new ArrayList<>();

  /** Utredningsplan (Investigation plan). */
  @References(InvestigationPlan.class)
  private UUID planId;

  /** Utredning inledd (Investigation opened on). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate openedAt;

  /** Anledning till utredning (Reason for the investigation). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String reason;

  /** Tidigare kännedom (Prior knowledge). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String priorKnowledge;

  /** Utredningsfrågor (Questions of the investigation). */
  @XmlElementWrapper(name = "questions")
  @XmlElement(name = "question")
  private List<@Size(max = TextLimits.SHORT, groups = Draft.class) String> questions =
      new ArrayList<>();

  /** Kontakter och källor (Sources consulted). */
  @XmlElementWrapper(name = "sources")
  @XmlElement(name = "source")
  private List<@Valid SourceConsulted> sources = new ArrayList<>();

  /** Samtal med barnet (Conversations with the child). */
  @XmlElementWrapper(name = "childConversations")
  @XmlElement(name = "childConversation")
  private List<@Valid ChildConversation> childConversations = new ArrayList<>();

  /** Barnets berättelse och åsikt (The child's account and views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Skäl till att barnets åsikt inte framgår (Why the child's views were not obtained). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String childViewsNotObtainedReason;

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String guardianViews;

  /** Bedömning per behovsområde (Assessment per need area). */
  @XmlElementWrapper(name = "assessments")
  @XmlElement(name = "assessment")
  private List<@Valid NeedAreaAssessment> assessments = new ArrayList<>();

  /** Analys och bedömning (Analysis and assessment). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String analysis;

  /** Standardiserade bedömningsinstrument (Standardised instruments). */
  @XmlElementWrapper(name = "instruments")
  @XmlElement(name = "instrument")
  private List<@Valid InstrumentUse> instruments = new ArrayList<>();

  /** Förslag till beslut (Proposed decision). */
  @NotNull(groups = Complete.class)
  @Valid
  private Proposal proposal;

  /** Kommunicering (Communication). */
  @NotNull(groups = Complete.class)
  @Valid
  private Communication communication;

  /** Utredning slutförd (Investigation completed on). */
  @DoneDate(completion = true)
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate completedAt;

  /** Förlängd utredningstid (Extension). */
  @Valid private Extension extension;

  private Investigation() {
    // for the binding frameworks only
  }

  private Investigation(Builder builder) {
    this.header = builder.header;
    this.initiatedBy = new ArrayList<>(builder.initiatedBy);
    this.planId = builder.planId;
    this.openedAt = builder.openedAt;
    this.reason = builder.reason;
    this.priorKnowledge = builder.priorKnowledge;
    this.questions = new ArrayList<>(builder.questions);
    this.sources = new ArrayList<>(builder.sources);
    this.childConversations = new ArrayList<>(builder.childConversations);
    this.childViews = builder.childViews;
    this.childViewsNotObtainedReason = builder.childViewsNotObtainedReason;
    this.guardianViews = builder.guardianViews;
    this.assessments = new ArrayList<>(builder.assessments);
    this.analysis = builder.analysis;
    this.instruments = new ArrayList<>(builder.instruments);
    this.proposal = builder.proposal;
    this.communication = builder.communication;
    this.completedAt = builder.completedAt;
    this.extension = builder.extension;
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
    builder.planId = planId;
    builder.openedAt = openedAt;
    builder.reason = reason;
    builder.priorKnowledge = priorKnowledge;
    builder.questions(questions());
    builder.sources(sources());
    builder.childConversations(childConversations());
    builder.childViews = childViews;
    builder.childViewsNotObtainedReason = childViewsNotObtainedReason;
    builder.guardianViews = guardianViews;
    builder.assessments(assessments());
    builder.analysis = analysis;
    builder.instruments(instruments());
    builder.proposal = proposal;
    builder.communication = communication;
    builder.completedAt = completedAt;
    builder.extension = extension;
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

  /** Utredningsplan (Investigation plan). */
  public UUID planId() {
    return planId;
  }

  /** Utredning inledd (Investigation opened on). */
  public LocalDate openedAt() {
    return openedAt;
  }

  /** Anledning till utredning (Reason for the investigation). */
  public String reason() {
    return reason;
  }

  /** Tidigare kännedom (Prior knowledge). */
  public String priorKnowledge() {
    return priorKnowledge;
  }

  /** Utredningsfrågor (Questions of the investigation). */
  public List<String> questions() {
    return questions == null ? List.of() : Collections.unmodifiableList(questions);
  }

  /** Kontakter och källor (Sources consulted). */
  public List<SourceConsulted> sources() {
    return sources == null ? List.of() : Collections.unmodifiableList(sources);
  }

  /** Samtal med barnet (Conversations with the child). */
  public List<ChildConversation> childConversations() {
    return childConversations == null
        ? List.of()
        : Collections.unmodifiableList(childConversations);
  }

  /** Barnets berättelse och åsikt (The child's account and views). */
  public String childViews() {
    return childViews;
  }

  /** Skäl till att barnets åsikt inte framgår (Why the child's views were not obtained). */
  public String childViewsNotObtainedReason() {
    return childViewsNotObtainedReason;
  }

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  public String guardianViews() {
    return guardianViews;
  }

  /** Bedömning per behovsområde (Assessment per need area). */
  public List<NeedAreaAssessment> assessments() {
    return assessments == null ? List.of() : Collections.unmodifiableList(assessments);
  }

  /** Analys och bedömning (Analysis and assessment). */
  public String analysis() {
    return analysis;
  }

  /** Standardiserade bedömningsinstrument (Standardised instruments). */
  public List<InstrumentUse> instruments() {
    return instruments == null ? List.of() : Collections.unmodifiableList(instruments);
  }

  /** Förslag till beslut (Proposed decision). */
  public Proposal proposal() {
    return proposal;
  }

  /** Kommunicering (Communication). */
  public Communication communication() {
    return communication;
  }

  /** Utredning slutförd (Investigation completed on). */
  public LocalDate completedAt() {
    return completedAt;
  }

  /** Förlängd utredningstid (Extension). */
  public Extension extension() {
    return extension;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Investigation)) {
      return false;
    }
    Investigation other = (Investigation) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(initiatedBy(), other.initiatedBy())
        && Objects.equals(planId(), other.planId())
        && Objects.equals(openedAt(), other.openedAt())
        && Objects.equals(reason(), other.reason())
        && Objects.equals(priorKnowledge(), other.priorKnowledge())
        && Objects.equals(questions(), other.questions())
        && Objects.equals(sources(), other.sources())
        && Objects.equals(childConversations(), other.childConversations())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(childViewsNotObtainedReason(), other.childViewsNotObtainedReason())
        && Objects.equals(guardianViews(), other.guardianViews())
        && Objects.equals(assessments(), other.assessments())
        && Objects.equals(analysis(), other.analysis())
        && Objects.equals(instruments(), other.instruments())
        && Objects.equals(proposal(), other.proposal())
        && Objects.equals(communication(), other.communication())
        && Objects.equals(completedAt(), other.completedAt())
        && Objects.equals(extension(), other.extension());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        initiatedBy(),
        planId(),
        openedAt(),
        reason(),
        priorKnowledge(),
        questions(),
        sources(),
        childConversations(),
        childViews(),
        childViewsNotObtainedReason(),
        guardianViews(),
        assessments(),
        analysis(),
        instruments(),
        proposal(),
        communication(),
        completedAt(),
        extension());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Investigation["
        + "header="
        + header
        + ", "
        + "planId="
        + planId
        + ", "
        + "initiatedBy="
        + initiatedBy().size()
        + ", "
        + "questions="
        + questions().size()
        + ", "
        + "sources="
        + sources().size()
        + ", "
        + "childConversations="
        + childConversations().size()
        + ", "
        + "assessments="
        + assessments().size()
        + ", "
        + "instruments="
        + instruments().size()
        + "]";
  }

  /** Builds a {@link Investigation}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private final List<UUID> initiatedBy = new ArrayList<>();
    private UUID planId;
    private LocalDate openedAt;
    private String reason;
    private String priorKnowledge;
    private final List<String> questions = new ArrayList<>();
    private final List<SourceConsulted> sources = new ArrayList<>();
    private final List<ChildConversation> childConversations = new ArrayList<>();
    private String childViews;
    private String childViewsNotObtainedReason;
    private String guardianViews;
    private final List<NeedAreaAssessment> assessments = new ArrayList<>();
    private String analysis;
    private final List<InstrumentUse> instruments = new ArrayList<>();
    private Proposal proposal;
    private Communication communication;
    private LocalDate completedAt;
    private Extension extension;

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

    /** Utredningsplan (Investigation plan). */
    public Builder planId(UUID planId) {
      this.planId = planId;
      return this;
    }

    /** Utredning inledd (Investigation opened on). */
    public Builder openedAt(LocalDate openedAt) {
      this.openedAt = openedAt;
      return this;
    }

    /** Anledning till utredning (Reason for the investigation). */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Tidigare kännedom (Prior knowledge). */
    public Builder priorKnowledge(String priorKnowledge) {
      this.priorKnowledge = priorKnowledge;
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

    /** Kontakter och källor (Sources consulted). */
    public Builder sources(Collection<? extends SourceConsulted> sources) {
      this.sources.clear();
      sources.forEach(this::addSource);
      return this;
    }

    /** Adds one to Kontakter och källor (Sources consulted). */
    public Builder addSource(SourceConsulted source) {
      this.sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Samtal med barnet (Conversations with the child). */
    public Builder childConversations(Collection<? extends ChildConversation> childConversations) {
      this.childConversations.clear();
      childConversations.forEach(this::addChildConversation);
      return this;
    }

    /** Adds one to Samtal med barnet (Conversations with the child). */
    public Builder addChildConversation(ChildConversation childConversation) {
      this.childConversations.add(Objects.requireNonNull(childConversation, "childConversation"));
      return this;
    }

    /** Barnets berättelse och åsikt (The child's account and views). */
    public Builder childViews(String childViews) {
      this.childViews = childViews;
      return this;
    }

    /** Skäl till att barnets åsikt inte framgår (Why the child's views were not obtained). */
    public Builder childViewsNotObtainedReason(String childViewsNotObtainedReason) {
      this.childViewsNotObtainedReason = childViewsNotObtainedReason;
      return this;
    }

    /** Vårdnadshavarnas synpunkter (The guardians' views). */
    public Builder guardianViews(String guardianViews) {
      this.guardianViews = guardianViews;
      return this;
    }

    /** Bedömning per behovsområde (Assessment per need area). */
    public Builder assessments(Collection<? extends NeedAreaAssessment> assessments) {
      this.assessments.clear();
      assessments.forEach(this::addAssessment);
      return this;
    }

    /** Adds one to Bedömning per behovsområde (Assessment per need area). */
    public Builder addAssessment(NeedAreaAssessment assessment) {
      this.assessments.add(Objects.requireNonNull(assessment, "assessment"));
      return this;
    }

    /** Analys och bedömning (Analysis and assessment). */
    public Builder analysis(String analysis) {
      this.analysis = analysis;
      return this;
    }

    /** Standardiserade bedömningsinstrument (Standardised instruments). */
    public Builder instruments(Collection<? extends InstrumentUse> instruments) {
      this.instruments.clear();
      instruments.forEach(this::addInstrument);
      return this;
    }

    /** Adds one to Standardiserade bedömningsinstrument (Standardised instruments). */
    public Builder addInstrument(InstrumentUse instrument) {
      this.instruments.add(Objects.requireNonNull(instrument, "instrument"));
      return this;
    }

    /** Förslag till beslut (Proposed decision). */
    public Builder proposal(Proposal proposal) {
      this.proposal = proposal;
      return this;
    }

    /** Kommunicering (Communication). */
    public Builder communication(Communication communication) {
      this.communication = communication;
      return this;
    }

    /** Utredning slutförd (Investigation completed on). */
    public Builder completedAt(LocalDate completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    /** Förlängd utredningstid (Extension). */
    public Builder extension(Extension extension) {
      this.extension = extension;
      return this;
    }

    /** A new {@link Investigation} with this builder's values; the builder can be reused. */
    public Investigation build() {
      return new Investigation(this);
    }
  }
}
