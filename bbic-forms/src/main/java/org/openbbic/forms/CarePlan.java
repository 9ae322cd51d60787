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
import org.openbbic.model.code.CareBasis;
import org.openbbic.model.code.PlacementForm;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Vårdplan (Care plan).
 *
 * <p>Information set 6: the plan for a placement (in a family home, HVB, supported housing or
 * special youth home), revised at the latest two years after the placement began.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "carePlan")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "decisionId",
      "legalBasis",
      "placementForm",
      "placementStart",
      "goals",
      "parentContact",
      "healthArrangements",
      "schoolArrangements",
      "childViews",
      "guardianViews",
      "decidedAt",
      "reviseBy"
    })
@JsonPropertyOrder({
  "header",
  "decisionId",
  "legalBasis",
  "placementForm",
  "placementStart",
  "goals",
  "parentContact",
  "healthArrangements",
  "schoolArrangements",
  "childViews",
  "guardianViews",
  "decidedAt",
  "reviseBy"
})
public final class CarePlan implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Beslut (Decision). */
  @References(Decision.class)
  private UUID decisionId;

  /** Grund för vården (Legal basis of care). */
  @NotNull(groups = Complete.class)
  private CareBasis legalBasis;

  /** Placeringsform (Placement form). */
  @NotNull(groups = Complete.class)
  private PlacementForm placementForm;

  /** Placeringen började (Placement start). */
  @XmlSchemaType(name = "date")
  private LocalDate placementStart;

  /** Mål med vården (Goals of the care). */
  @Size(min = 1, groups = Complete.class)
  @XmlElementWrapper(name = "goals")
  @XmlElement(name = "goal")
  private List<@Valid Goal> goals = new ArrayList<>();

  /** Umgänge och kontakt med föräldrar och närstående (Contact with parents and relatives). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String parentContact;

  /** Hälsa och vård (Health arrangements). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String healthArrangements;

  /** Skolgång (School arrangements). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String schoolArrangements;

  /** Barnets synpunkter (The child's views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String guardianViews;

  /** Fastställd (Decided on). */
  @EventDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate decidedAt;

  /** Ska ses över senast (Revise by). */
  @XmlSchemaType(name = "date")
  private LocalDate reviseBy;

  private CarePlan() {
    // for the binding frameworks only
  }

  private CarePlan(Builder builder) {
    this.header = builder.header;
    this.decisionId = builder.decisionId;
    this.legalBasis = builder.legalBasis;
    this.placementForm = builder.placementForm;
    this.placementStart = builder.placementStart;
    this.goals = new ArrayList<>(builder.goals);
    this.parentContact = builder.parentContact;
    this.healthArrangements = builder.healthArrangements;
    this.schoolArrangements = builder.schoolArrangements;
    this.childViews = builder.childViews;
    this.guardianViews = builder.guardianViews;
    this.decidedAt = builder.decidedAt;
    this.reviseBy = builder.reviseBy;
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
    builder.legalBasis = legalBasis;
    builder.placementForm = placementForm;
    builder.placementStart = placementStart;
    builder.goals(goals());
    builder.parentContact = parentContact;
    builder.healthArrangements = healthArrangements;
    builder.schoolArrangements = schoolArrangements;
    builder.childViews = childViews;
    builder.guardianViews = guardianViews;
    builder.decidedAt = decidedAt;
    builder.reviseBy = reviseBy;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Beslut (Decision). */
  public UUID decisionId() {
    return decisionId;
  }

  /** Grund för vården (Legal basis of care). */
  public CareBasis legalBasis() {
    return legalBasis;
  }

  /** Placeringsform (Placement form). */
  public PlacementForm placementForm() {
    return placementForm;
  }

  /** Placeringen började (Placement start). */
  public LocalDate placementStart() {
    return placementStart;
  }

  /** Mål med vården (Goals of the care). */
  public List<Goal> goals() {
    return goals == null ? List.of() : Collections.unmodifiableList(goals);
  }

  /** Umgänge och kontakt med föräldrar och närstående (Contact with parents and relatives). */
  public String parentContact() {
    return parentContact;
  }

  /** Hälsa och vård (Health arrangements). */
  public String healthArrangements() {
    return healthArrangements;
  }

  /** Skolgång (School arrangements). */
  public String schoolArrangements() {
    return schoolArrangements;
  }

  /** Barnets synpunkter (The child's views). */
  public String childViews() {
    return childViews;
  }

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  public String guardianViews() {
    return guardianViews;
  }

  /** Fastställd (Decided on). */
  public LocalDate decidedAt() {
    return decidedAt;
  }

  /** Ska ses över senast (Revise by). */
  public LocalDate reviseBy() {
    return reviseBy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CarePlan)) {
      return false;
    }
    CarePlan other = (CarePlan) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(decisionId(), other.decisionId())
        && Objects.equals(legalBasis(), other.legalBasis())
        && Objects.equals(placementForm(), other.placementForm())
        && Objects.equals(placementStart(), other.placementStart())
        && Objects.equals(goals(), other.goals())
        && Objects.equals(parentContact(), other.parentContact())
        && Objects.equals(healthArrangements(), other.healthArrangements())
        && Objects.equals(schoolArrangements(), other.schoolArrangements())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(guardianViews(), other.guardianViews())
        && Objects.equals(decidedAt(), other.decidedAt())
        && Objects.equals(reviseBy(), other.reviseBy());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        decisionId(),
        legalBasis(),
        placementForm(),
        placementStart(),
        goals(),
        parentContact(),
        healthArrangements(),
        schoolArrangements(),
        childViews(),
        guardianViews(),
        decidedAt(),
        reviseBy());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "CarePlan["
        + "header="
        + header
        + ", "
        + "decisionId="
        + decisionId
        + ", "
        + "legalBasis="
        + legalBasis
        + ", "
        + "placementForm="
        + placementForm
        + ", "
        + "goals="
        + goals().size()
        + "]";
  }

  /** Builds a {@link CarePlan}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private UUID decisionId;
    private CareBasis legalBasis;
    private PlacementForm placementForm;
    private LocalDate placementStart;
    private final List<Goal> goals = new ArrayList<>();
    private String parentContact;
    private String healthArrangements;
    private String schoolArrangements;
    private String childViews;
    private String guardianViews;
    private LocalDate decidedAt;
    private LocalDate reviseBy;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Beslut (Decision). */
    public Builder decisionId(UUID decisionId) {
      this.decisionId = decisionId;
      return this;
    }

    /** Grund för vården (Legal basis of care). */
    public Builder legalBasis(CareBasis legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    /** Placeringsform (Placement form). */
    public Builder placementForm(PlacementForm placementForm) {
      this.placementForm = placementForm;
      return this;
    }

    /** Placeringen började (Placement start). */
    public Builder placementStart(LocalDate placementStart) {
      this.placementStart = placementStart;
      return this;
    }

    /** Mål med vården (Goals of the care). */
    public Builder goals(Collection<? extends Goal> goals) {
      this.goals.clear();
      goals.forEach(this::addGoal);
      return this;
    }

    /** Adds one to Mål med vården (Goals of the care). */
    public Builder addGoal(Goal goal) {
      this.goals.add(Objects.requireNonNull(goal, "goal"));
      return this;
    }

    /** Umgänge och kontakt med föräldrar och närstående (Contact with parents and relatives). */
    public Builder parentContact(String parentContact) {
      this.parentContact = parentContact;
      return this;
    }

    /** Hälsa och vård (Health arrangements). */
    public Builder healthArrangements(String healthArrangements) {
      this.healthArrangements = healthArrangements;
      return this;
    }

    /** Skolgång (School arrangements). */
    public Builder schoolArrangements(String schoolArrangements) {
      this.schoolArrangements = schoolArrangements;
      return this;
    }

    /** Barnets synpunkter (The child's views). */
    public Builder childViews(String childViews) {
      this.childViews = childViews;
      return this;
    }

    /** Vårdnadshavarnas synpunkter (The guardians' views). */
    public Builder guardianViews(String guardianViews) {
      this.guardianViews = guardianViews;
      return this;
    }

    /** Fastställd (Decided on). */
    public Builder decidedAt(LocalDate decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /** Ska ses över senast (Revise by). */
    public Builder reviseBy(LocalDate reviseBy) {
      this.reviseBy = reviseBy;
      return this;
    }

    /** A new {@link CarePlan} with this builder's values; the builder can be reused. */
    public CarePlan build() {
      return new CarePlan(this);
    }
  }
}
