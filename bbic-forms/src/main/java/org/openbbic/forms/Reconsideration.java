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
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Övervägande (Reconsideration).
 *
 * <p>Information set 14: the review at least every six months of whether a placement under SoL or
 * care under LVU 2 § is still needed, and, once the child has been placed in the same family home
 * for the time the law sets (two years from 1 July 2022, three before), whether custody should be
 * transferred.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "reconsideration")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "legalBasis",
      "carePlanId",
      "performedAt",
      "careStillNeeded",
      "direction",
      "custodyTransferConsidered",
      "custodyTransferAssessment",
      "childViews",
      "decidedBy"
    })
@JsonPropertyOrder({
  "header",
  "legalBasis",
  "carePlanId",
  "performedAt",
  "careStillNeeded",
  "direction",
  "custodyTransferConsidered",
  "custodyTransferAssessment",
  "childViews",
  "decidedBy"
})
public final class Reconsideration implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Grund för vården (Legal basis of care). */
  @NotNull(groups = Complete.class)
  private CareBasis legalBasis;

  /** Vårdplan (Care plan). */
  @References(CarePlan.class)
  private UUID carePlanId;

  /** Datum för övervägande (Performed on). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate performedAt;

  /** Fortsatt behov av vård (Care still needed). */
  @NotNull(groups = Complete.class)
  private Boolean careStillNeeded;

  /** Hur vården bör inriktas och utformas (How the care should be directed). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String direction;

  /** Vårdnadsöverflyttning övervägd (Custody transfer considered). */
  private Boolean custodyTransferConsidered;

  /** Bedömning av vårdnadsöverflyttning (Custody transfer assessment). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String custodyTransferAssessment;

  /** Barnets synpunkter (The child's views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Beslutsfattare (Decided by). */
  @Valid private Decider decidedBy;

  private Reconsideration() {
    // for the binding frameworks only
  }

  private Reconsideration(Builder builder) {
    this.header = builder.header;
    this.legalBasis = builder.legalBasis;
    this.carePlanId = builder.carePlanId;
    this.performedAt = builder.performedAt;
    this.careStillNeeded = builder.careStillNeeded;
    this.direction = builder.direction;
    this.custodyTransferConsidered = builder.custodyTransferConsidered;
    this.custodyTransferAssessment = builder.custodyTransferAssessment;
    this.childViews = builder.childViews;
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
    builder.legalBasis = legalBasis;
    builder.carePlanId = carePlanId;
    builder.performedAt = performedAt;
    builder.careStillNeeded = careStillNeeded;
    builder.direction = direction;
    builder.custodyTransferConsidered = custodyTransferConsidered;
    builder.custodyTransferAssessment = custodyTransferAssessment;
    builder.childViews = childViews;
    builder.decidedBy = decidedBy;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Grund för vården (Legal basis of care). */
  public CareBasis legalBasis() {
    return legalBasis;
  }

  /** Vårdplan (Care plan). */
  public UUID carePlanId() {
    return carePlanId;
  }

  /** Datum för övervägande (Performed on). */
  public LocalDate performedAt() {
    return performedAt;
  }

  /** Fortsatt behov av vård (Care still needed). */
  public Boolean careStillNeeded() {
    return careStillNeeded;
  }

  /** Hur vården bör inriktas och utformas (How the care should be directed). */
  public String direction() {
    return direction;
  }

  /** Vårdnadsöverflyttning övervägd (Custody transfer considered). */
  public Boolean custodyTransferConsidered() {
    return custodyTransferConsidered;
  }

  /** Bedömning av vårdnadsöverflyttning (Custody transfer assessment). */
  public String custodyTransferAssessment() {
    return custodyTransferAssessment;
  }

  /** Barnets synpunkter (The child's views). */
  public String childViews() {
    return childViews;
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
    if (!(o instanceof Reconsideration)) {
      return false;
    }
    Reconsideration other = (Reconsideration) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(legalBasis(), other.legalBasis())
        && Objects.equals(carePlanId(), other.carePlanId())
        && Objects.equals(performedAt(), other.performedAt())
        && Objects.equals(careStillNeeded(), other.careStillNeeded())
        && Objects.equals(direction(), other.direction())
        && Objects.equals(custodyTransferConsidered(), other.custodyTransferConsidered())
        && Objects.equals(custodyTransferAssessment(), other.custodyTransferAssessment())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(decidedBy(), other.decidedBy());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        legalBasis(),
        carePlanId(),
        performedAt(),
        careStillNeeded(),
        direction(),
        custodyTransferConsidered(),
        custodyTransferAssessment(),
        childViews(),
        decidedBy());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Reconsideration["
        + "header="
        + header
        + ", "
        + "legalBasis="
        + legalBasis
        + ", "
        + "carePlanId="
        + carePlanId
        + "]";
  }

  /** Builds a {@link Reconsideration}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private CareBasis legalBasis;
    private UUID carePlanId;
    private LocalDate performedAt;
    private Boolean careStillNeeded;
    private String direction;
    private Boolean custodyTransferConsidered;
    private String custodyTransferAssessment;
    private String childViews;
    private Decider decidedBy;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Grund för vården (Legal basis of care). */
    public Builder legalBasis(CareBasis legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    /** Vårdplan (Care plan). */
    public Builder carePlanId(UUID carePlanId) {
      this.carePlanId = carePlanId;
      return this;
    }

    /** Datum för övervägande (Performed on). */
    public Builder performedAt(LocalDate performedAt) {
      this.performedAt = performedAt;
      return this;
    }

    /** Fortsatt behov av vård (Care still needed). */
    public Builder careStillNeeded(Boolean careStillNeeded) {
      this.careStillNeeded = careStillNeeded;
      return this;
    }

    /** Hur vården bör inriktas och utformas (How the care should be directed). */
    public Builder direction(String direction) {
      this.direction = direction;
      return this;
    }

    /** Vårdnadsöverflyttning övervägd (Custody transfer considered). */
    public Builder custodyTransferConsidered(Boolean custodyTransferConsidered) {
      this.custodyTransferConsidered = custodyTransferConsidered;
      return this;
    }

    /** Bedömning av vårdnadsöverflyttning (Custody transfer assessment). */
    public Builder custodyTransferAssessment(String custodyTransferAssessment) {
      this.custodyTransferAssessment = custodyTransferAssessment;
      return this;
    }

    /** Barnets synpunkter (The child's views). */
    public Builder childViews(String childViews) {
      this.childViews = childViews;
      return this;
    }

    /** Beslutsfattare (Decided by). */
    public Builder decidedBy(Decider decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /** A new {@link Reconsideration} with this builder's values; the builder can be reused. */
    public Reconsideration build() {
      return new Reconsideration(this);
    }
  }
}
