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
import org.openbbic.model.Decider;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Beslut (Decision).
 *
 * <p>Information set 7: a decision on an application, an investigation or an intervention. An
 * appealable decision states how to appeal: within three weeks of receiving it.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "decision")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "investigationId",
      "kind",
      "interventionKinds",
      "legalBasis",
      "decidedAt",
      "decidedBy",
      "validFrom",
      "validTo",
      "reasons",
      "appealInstruction",
      "informedAt"
    })
@JsonPropertyOrder({
  "header",
  "investigationId",
  "kind",
  "interventionKinds",
  "legalBasis",
  "decidedAt",
  "decidedBy",
  "validFrom",
  "validTo",
  "reasons",
  "appealInstruction",
  "informedAt"
})
public final class Decision implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Beslutsunderlag (Investigation). */
  @References(Investigation.class)
  private UUID investigationId;

  /** Beslutstyp (Kind of decision). */
  @NotNull(groups = Draft.class)
  private DecisionKind kind;

  /** Insatser (Interventions). */
  @XmlElementWrapper(name = "interventionKinds")
  @XmlElement(name = "interventionKind")
  private List<InterventionKind> interventionKinds = new ArrayList<>();

  /** Lagrum (Legal basis). */
  private CareBasis legalBasis;

  /** Beslutsdatum (Decision date). */
  @EventDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate decidedAt;

  /** Beslutsfattare (Decided by). */
  @NotNull(groups = Complete.class)
  @Valid
  private Decider decidedBy;

  /** Gäller från (Valid from). */
  @XmlSchemaType(name = "date")
  private LocalDate validFrom;

  /** Gäller till (Valid to). */
  @XmlSchemaType(name = "date")
  private LocalDate validTo;

  /** Motivering (Reasons). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String reasons;

  /** Hur man överklagar (Appeal instruction). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String appealInstruction;

  /** Den enskilde underrättad (Party informed on). */
  @XmlSchemaType(name = "date")
  private LocalDate informedAt;

  private Decision() {
    // for the binding frameworks only
  }

  private Decision(Builder builder) {
    this.header = builder.header;
    this.investigationId = builder.investigationId;
    this.kind = builder.kind;
    this.interventionKinds = new ArrayList<>(builder.interventionKinds);
    this.legalBasis = builder.legalBasis;
    this.decidedAt = builder.decidedAt;
    this.decidedBy = builder.decidedBy;
    this.validFrom = builder.validFrom;
    this.validTo = builder.validTo;
    this.reasons = builder.reasons;
    this.appealInstruction = builder.appealInstruction;
    this.informedAt = builder.informedAt;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.investigationId = investigationId;
    builder.kind = kind;
    builder.interventionKinds(interventionKinds());
    builder.legalBasis = legalBasis;
    builder.decidedAt = decidedAt;
    builder.decidedBy = decidedBy;
    builder.validFrom = validFrom;
    builder.validTo = validTo;
    builder.reasons = reasons;
    builder.appealInstruction = appealInstruction;
    builder.informedAt = informedAt;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Beslutsunderlag (Investigation). */
  public UUID investigationId() {
    return investigationId;
  }

  /** Beslutstyp (Kind of decision). */
  public DecisionKind kind() {
    return kind;
  }

  /** Insatser (Interventions). */
  public List<InterventionKind> interventionKinds() {
    return interventionKinds == null ? List.of() : Collections.unmodifiableList(interventionKinds);
  }

  /** Lagrum (Legal basis). */
  public CareBasis legalBasis() {
    return legalBasis;
  }

  /** Beslutsdatum (Decision date). */
  public LocalDate decidedAt() {
    return decidedAt;
  }

  /** Beslutsfattare (Decided by). */
  public Decider decidedBy() {
    return decidedBy;
  }

  /** Gäller från (Valid from). */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** Gäller till (Valid to). */
  public LocalDate validTo() {
    return validTo;
  }

  /** Motivering (Reasons). */
  public String reasons() {
    return reasons;
  }

  /** Hur man överklagar (Appeal instruction). */
  public String appealInstruction() {
    return appealInstruction;
  }

  /** Den enskilde underrättad (Party informed on). */
  public LocalDate informedAt() {
    return informedAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision other = (Decision) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(investigationId(), other.investigationId())
        && Objects.equals(kind(), other.kind())
        && Objects.equals(interventionKinds(), other.interventionKinds())
        && Objects.equals(legalBasis(), other.legalBasis())
        && Objects.equals(decidedAt(), other.decidedAt())
        && Objects.equals(decidedBy(), other.decidedBy())
        && Objects.equals(validFrom(), other.validFrom())
        && Objects.equals(validTo(), other.validTo())
        && Objects.equals(reasons(), other.reasons())
        && Objects.equals(appealInstruction(), other.appealInstruction())
        && Objects.equals(informedAt(), other.informedAt());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        investigationId(),
        kind(),
        interventionKinds(),
        legalBasis(),
        decidedAt(),
        decidedBy(),
        validFrom(),
        validTo(),
        reasons(),
        appealInstruction(),
        informedAt());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Decision["
        + "header="
        + header
        + ", "
        + "investigationId="
        + investigationId
        + ", "
        + "kind="
        + kind
        + ", "
        + "legalBasis="
        + legalBasis
        + ", "
        + "interventionKinds="
        + interventionKinds().size()
        + "]";
  }

  /** Builds a {@link Decision}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private UUID investigationId;
    private DecisionKind kind;
    private final List<InterventionKind> interventionKinds = new ArrayList<>();
    private CareBasis legalBasis;
    private LocalDate decidedAt;
    private Decider decidedBy;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reasons;
    private String appealInstruction;
    private LocalDate informedAt;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Beslutsunderlag (Investigation). */
    public Builder investigationId(UUID investigationId) {
      this.investigationId = investigationId;
      return this;
    }

    /** Beslutstyp (Kind of decision). */
    public Builder kind(DecisionKind kind) {
      this.kind = kind;
      return this;
    }

    /** Insatser (Interventions). */
    public Builder interventionKinds(Collection<? extends InterventionKind> interventionKinds) {
      this.interventionKinds.clear();
      interventionKinds.forEach(this::addInterventionKind);
      return this;
    }

    /** Adds one to Insatser (Interventions). */
    public Builder addInterventionKind(InterventionKind interventionKind) {
      this.interventionKinds.add(Objects.requireNonNull(interventionKind, "interventionKind"));
      return this;
    }

    /** Lagrum (Legal basis). */
    public Builder legalBasis(CareBasis legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    /** Beslutsdatum (Decision date). */
    public Builder decidedAt(LocalDate decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /** Beslutsfattare (Decided by). */
    public Builder decidedBy(Decider decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /** Gäller från (Valid from). */
    public Builder validFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /** Gäller till (Valid to). */
    public Builder validTo(LocalDate validTo) {
      this.validTo = validTo;
      return this;
    }

    /** Motivering (Reasons). */
    public Builder reasons(String reasons) {
      this.reasons = reasons;
      return this;
    }

    /** Hur man överklagar (Appeal instruction). */
    public Builder appealInstruction(String appealInstruction) {
      this.appealInstruction = appealInstruction;
      return this;
    }

    /** Den enskilde underrättad (Party informed on). */
    public Builder informedAt(LocalDate informedAt) {
      this.informedAt = informedAt;
      return this;
    }

    /** A new {@link Decision} with this builder's values; the builder can be reused. */
    public Decision build() {
      return new Decision(this);
    }
  }
}
