package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openbbic.forms.meta.EventDate;
import org.openbbic.forms.meta.References;
import org.openbbic.model.Decider;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Omprövning (Review).
 *
 * <p>Information set 15: the review of care under LVU 3 §, within six months of the care's
 * enforcement and then every six months, of whether the care should continue.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "review")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "decisionId",
      "careEnforcedAt",
      "performedAt",
      "outcome",
      "reasons",
      "decidedBy"
    })
@JsonPropertyOrder({
  "header",
  "decisionId",
  "careEnforcedAt",
  "performedAt",
  "outcome",
  "reasons",
  "decidedBy"
})
public final class Review implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Beslut om vård (Care decision). */
  @References(Decision.class)
  private UUID decisionId;

  /** Vården påbörjades (Care enforced on). */
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate careEnforcedAt;

  /** Datum för omprövning (Performed on). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate performedAt;

  /** Resultat (Outcome). */
  @NotNull(groups = Complete.class)
  private ReviewOutcome outcome;

  /** Skäl (Reasons). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String reasons;

  /** Beslutsfattare (Decided by). */
  @Valid private Decider decidedBy;

  private Review() {
    // for the binding frameworks only
  }

  private Review(Builder builder) {
    this.header = builder.header;
    this.decisionId = builder.decisionId;
    this.careEnforcedAt = builder.careEnforcedAt;
    this.performedAt = builder.performedAt;
    this.outcome = builder.outcome;
    this.reasons = builder.reasons;
    this.decidedBy = builder.decidedBy;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.decisionId = decisionId;
    builder.careEnforcedAt = careEnforcedAt;
    builder.performedAt = performedAt;
    builder.outcome = outcome;
    builder.reasons = reasons;
    builder.decidedBy = decidedBy;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Beslut om vård (Care decision). */
  public UUID decisionId() {
    return decisionId;
  }

  /** Vården påbörjades (Care enforced on). */
  public LocalDate careEnforcedAt() {
    return careEnforcedAt;
  }

  /** Datum för omprövning (Performed on). */
  public LocalDate performedAt() {
    return performedAt;
  }

  /** Resultat (Outcome). */
  public ReviewOutcome outcome() {
    return outcome;
  }

  /** Skäl (Reasons). */
  public String reasons() {
    return reasons;
  }

  /** Beslutsfattare (Decided by). */
  public Decider decidedBy() {
    return decidedBy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Review)) {
      return false;
    }
    Review other = (Review) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(decisionId(), other.decisionId())
        && Objects.equals(careEnforcedAt(), other.careEnforcedAt())
        && Objects.equals(performedAt(), other.performedAt())
        && Objects.equals(outcome(), other.outcome())
        && Objects.equals(reasons(), other.reasons())
        && Objects.equals(decidedBy(), other.decidedBy());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(), decisionId(), careEnforcedAt(), performedAt(), outcome(), reasons(), decidedBy());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Review["
        + "header="
        + header
        + ", "
        + "decisionId="
        + decisionId
        + ", "
        + "outcome="
        + outcome
        + "]";
  }

  /** Builds a {@link Review}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private UUID decisionId;
    private LocalDate careEnforcedAt;
    private LocalDate performedAt;
    private ReviewOutcome outcome;
    private String reasons;
    private Decider decidedBy;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Beslut om vård (Care decision). */
    public Builder decisionId(UUID decisionId) {
      this.decisionId = decisionId;
      return this;
    }

    /** Vården påbörjades (Care enforced on). */
    public Builder careEnforcedAt(LocalDate careEnforcedAt) {
      this.careEnforcedAt = careEnforcedAt;
      return this;
    }

    /** Datum för omprövning (Performed on). */
    public Builder performedAt(LocalDate performedAt) {
      this.performedAt = performedAt;
      return this;
    }

    /** Resultat (Outcome). */
    public Builder outcome(ReviewOutcome outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Skäl (Reasons). */
    public Builder reasons(String reasons) {
      this.reasons = reasons;
      return this;
    }

    /** Beslutsfattare (Decided by). */
    public Builder decidedBy(Decider decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /** A new {@link Review} with this builder's values; the builder can be reused. */
    public Review build() {
      return new Review(this);
    }
  }
}
