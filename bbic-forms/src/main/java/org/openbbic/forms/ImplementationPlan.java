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
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Genomförandeplan (Implementation plan).
 *
 * <p>Information sets 9-11: how an intervention is carried out, for open care in own provision,
 * open care by a contact person and similar, or a placement (which also covers contact with
 * parents, school, health and leisure).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "implementationPlan")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "kind",
      "decisionId",
      "carePlanId",
      "assignmentId",
      "goals",
      "activities",
      "childParticipation",
      "childViews",
      "guardianViews",
      "startDate",
      "followUpDates",
      "parentContact",
      "school",
      "health",
      "leisure"
    })
@JsonPropertyOrder({
  "header",
  "kind",
  "decisionId",
  "carePlanId",
  "assignmentId",
  "goals",
  "activities",
  "childParticipation",
  "childViews",
  "guardianViews",
  "startDate",
  "followUpDates",
  "parentContact",
  "school",
  "health",
  "leisure"
})
public final class ImplementationPlan implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Typ av genomförandeplan (Kind of plan). */
  @NotNull(groups = Draft.class)
  private ImplementationPlanKind kind;

  /** Beslut (Decision). */
  @References(Decision.class)
  private UUID decisionId;

  /** Vårdplan (Care plan). */
  @References(CarePlan.class)
  private UUID carePlanId;

  /** Uppdrag till utförare (Assignment). */
  @References(AssignmentToProvider.class)
  private UUID assignmentId;

  /** Mål (Goals). */
  @Size(min = 1, groups = Complete.class)
  @XmlElementWrapper(name = "goals")
  @XmlElement(name = "goal")
  private List<@Valid Goal> goals = new ArrayList<>();

  /** Aktiviteter (Activities). */
  @XmlElementWrapper(name = "activities")
  @XmlElement(name = "activity")
  private List<@Valid Activity> activities = new ArrayList<>();

  /** Barnets delaktighet (The child's participation). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String childParticipation;

  /** Barnets synpunkter (The child's views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String guardianViews;

  /** Startdatum (Start date). */
  @EventDate(planned = true)
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate startDate;

  /** Planerad uppföljning (Planned follow-ups). */
  @XmlElementWrapper(name = "followUpDates")
  @XmlElement(name = "date")
  @XmlSchemaType(name = "date")
  private List<LocalDate> followUpDates = new ArrayList<>();

  /** Kontakt med föräldrar (Contact with parents). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String parentContact;

  /** Skola (School). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String school;

  /** Hälsa (Health). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String health;

  /** Fritid (Leisure). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String leisure;

  private ImplementationPlan() {
    // for the binding frameworks only
  }

  private ImplementationPlan(Builder builder) {
    this.header = builder.header;
    this.kind = builder.kind;
    this.decisionId = builder.decisionId;
    this.carePlanId = builder.carePlanId;
    this.assignmentId = builder.assignmentId;
    this.goals = new ArrayList<>(builder.goals);
    this.activities = new ArrayList<>(builder.activities);
    this.childParticipation = builder.childParticipation;
    this.childViews = builder.childViews;
    this.guardianViews = builder.guardianViews;
    this.startDate = builder.startDate;
    this.followUpDates = new ArrayList<>(builder.followUpDates);
    this.parentContact = builder.parentContact;
    this.school = builder.school;
    this.health = builder.health;
    this.leisure = builder.leisure;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.kind = kind;
    builder.decisionId = decisionId;
    builder.carePlanId = carePlanId;
    builder.assignmentId = assignmentId;
    builder.goals(goals());
    builder.activities(activities());
    builder.childParticipation = childParticipation;
    builder.childViews = childViews;
    builder.guardianViews = guardianViews;
    builder.startDate = startDate;
    builder.followUpDates(followUpDates());
    builder.parentContact = parentContact;
    builder.school = school;
    builder.health = health;
    builder.leisure = leisure;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Typ av genomförandeplan (Kind of plan). */
  public ImplementationPlanKind kind() {
    return kind;
  }

  /** Beslut (Decision). */
  public UUID decisionId() {
    return decisionId;
  }

  /** Vårdplan (Care plan). */
  public UUID carePlanId() {
    return carePlanId;
  }

  /** Uppdrag till utförare (Assignment). */
  public UUID assignmentId() {
    return assignmentId;
  }

  /** Mål (Goals). */
  public List<Goal> goals() {
    return goals == null ? List.of() : Collections.unmodifiableList(goals);
  }

  /** Aktiviteter (Activities). */
  public List<Activity> activities() {
    return activities == null ? List.of() : Collections.unmodifiableList(activities);
  }

  /** Barnets delaktighet (The child's participation). */
  public String childParticipation() {
    return childParticipation;
  }

  /** Barnets synpunkter (The child's views). */
  public String childViews() {
    return childViews;
  }

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  public String guardianViews() {
    return guardianViews;
  }

  /** Startdatum (Start date). */
  public LocalDate startDate() {
    return startDate;
  }

  /** Planerad uppföljning (Planned follow-ups). */
  public List<LocalDate> followUpDates() {
    return followUpDates == null ? List.of() : Collections.unmodifiableList(followUpDates);
  }

  /** Kontakt med föräldrar (Contact with parents). */
  public String parentContact() {
    return parentContact;
  }

  /** Skola (School). */
  public String school() {
    return school;
  }

  /** Hälsa (Health). */
  public String health() {
    return health;
  }

  /** Fritid (Leisure). */
  public String leisure() {
    return leisure;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImplementationPlan)) {
      return false;
    }
    ImplementationPlan other = (ImplementationPlan) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(kind(), other.kind())
        && Objects.equals(decisionId(), other.decisionId())
        && Objects.equals(carePlanId(), other.carePlanId())
        && Objects.equals(assignmentId(), other.assignmentId())
        && Objects.equals(goals(), other.goals())
        && Objects.equals(activities(), other.activities())
        && Objects.equals(childParticipation(), other.childParticipation())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(guardianViews(), other.guardianViews())
        && Objects.equals(startDate(), other.startDate())
        && Objects.equals(followUpDates(), other.followUpDates())
        && Objects.equals(parentContact(), other.parentContact())
        && Objects.equals(school(), other.school())
        && Objects.equals(health(), other.health())
        && Objects.equals(leisure(), other.leisure());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        kind(),
        decisionId(),
        carePlanId(),
        assignmentId(),
        goals(),
        activities(),
        childParticipation(),
        childViews(),
        guardianViews(),
        startDate(),
        followUpDates(),
        parentContact(),
        school(),
        health(),
        leisure());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "ImplementationPlan["
        + "header="
        + header
        + ", "
        + "kind="
        + kind
        + ", "
        + "decisionId="
        + decisionId
        + ", "
        + "carePlanId="
        + carePlanId
        + ", "
        + "assignmentId="
        + assignmentId
        + ", "
        + "goals="
        + goals().size()
        + ", "
        + "activities="
        + activities().size()
        + ", "
        + "followUpDates="
        + followUpDates().size()
        + "]";
  }

  /** Builds a {@link ImplementationPlan}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private ImplementationPlanKind kind;
    private UUID decisionId;
    private UUID carePlanId;
    private UUID assignmentId;
    private final List<Goal> goals = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private String childParticipation;
    private String childViews;
    private String guardianViews;
    private LocalDate startDate;
    private final List<LocalDate> followUpDates = new ArrayList<>();
    private String parentContact;
    private String school;
    private String health;
    private String leisure;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Typ av genomförandeplan (Kind of plan). */
    public Builder kind(ImplementationPlanKind kind) {
      this.kind = kind;
      return this;
    }

    /** Beslut (Decision). */
    public Builder decisionId(UUID decisionId) {
      this.decisionId = decisionId;
      return this;
    }

    /** Vårdplan (Care plan). */
    public Builder carePlanId(UUID carePlanId) {
      this.carePlanId = carePlanId;
      return this;
    }

    /** Uppdrag till utförare (Assignment). */
    public Builder assignmentId(UUID assignmentId) {
      this.assignmentId = assignmentId;
      return this;
    }

    /** Mål (Goals). */
    public Builder goals(Collection<? extends Goal> goals) {
      this.goals.clear();
      goals.forEach(this::addGoal);
      return this;
    }

    /** Adds one to Mål (Goals). */
    public Builder addGoal(Goal goal) {
      this.goals.add(Objects.requireNonNull(goal, "goal"));
      return this;
    }

    /** Aktiviteter (Activities). */
    public Builder activities(Collection<? extends Activity> activities) {
      this.activities.clear();
      activities.forEach(this::addActivity);
      return this;
    }

    /** Adds one to Aktiviteter (Activities). */
    public Builder addActivity(Activity activity) {
      this.activities.add(Objects.requireNonNull(activity, "activity"));
      return this;
    }

    /** Barnets delaktighet (The child's participation). */
    public Builder childParticipation(String childParticipation) {
      this.childParticipation = childParticipation;
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

    /** Startdatum (Start date). */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /** Planerad uppföljning (Planned follow-ups). */
    public Builder followUpDates(Collection<? extends LocalDate> followUpDates) {
      this.followUpDates.clear();
      followUpDates.forEach(this::addFollowUpDate);
      return this;
    }

    /** Adds one to Planerad uppföljning (Planned follow-ups). */
    public Builder addFollowUpDate(LocalDate followUpDate) {
      this.followUpDates.add(Objects.requireNonNull(followUpDate, "followUpDate"));
      return this;
    }

    /** Kontakt med föräldrar (Contact with parents). */
    public Builder parentContact(String parentContact) {
      this.parentContact = parentContact;
      return this;
    }

    /** Skola (School). */
    public Builder school(String school) {
      this.school = school;
      return this;
    }

    /** Hälsa (Health). */
    public Builder health(String health) {
      this.health = health;
      return this;
    }

    /** Fritid (Leisure). */
    public Builder leisure(String leisure) {
      this.leisure = leisure;
      return this;
    }

    /** A new {@link ImplementationPlan} with this builder's values; the builder can be reused. */
    public ImplementationPlan build() {
      return new ImplementationPlan(this);
    }
  }
}
