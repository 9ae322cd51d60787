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
 * Uppföljning (Follow-up).
 *
 * <p>Information sets 12-13: follow-up of open-care interventions or of care, goal by goal.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "followUp")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "kind",
      "planId",
      "performedAt",
      "participants",
      "goalFollowUps",
      "childViews",
      "guardianViews",
      "planChanges",
      "nextFollowUp"
    })
@JsonPropertyOrder({
  "header",
  "kind",
  "planId",
  "performedAt",
  "participants",
  "goalFollowUps",
  "childViews",
  "guardianViews",
  "planChanges",
  "nextFollowUp"
})
public final class FollowUp implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Typ av uppföljning (Kind of follow-up). */
  @NotNull(groups = Draft.class)
  private FollowUpKind kind;

  /** Genomförandeplan eller vårdplan (Plan followed up). */
  @References({ImplementationPlan.class, CarePlan.class})
  @NotNull(groups = Complete.class)
  private UUID planId;

  /** Datum för uppföljning (Performed on). */
  @EventDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate performedAt;

  /** Deltagare (Participants). */
  @XmlElementWrapper(name = "participants")
  @XmlElement(name = "participant")
  private List<@Size(max = TextLimits.NAME, groups = Draft.class) String> participants =
      new ArrayList<>();

  /** Måluppfyllelse (Goal outcomes). */
  @XmlElementWrapper(name = "goalFollowUps")
  @XmlElement(name = "goalFollowUp")
  private List<@Valid GoalFollowUp> goalFollowUps = new ArrayList<>();

  /** Barnets synpunkter (The child's views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String guardianViews;

  /** Förändringar i planen (Changes to the plan). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String planChanges;

  /** Nästa uppföljning (Next follow-up). */
  @XmlSchemaType(name = "date")
  private LocalDate nextFollowUp;

  private FollowUp() {
    // for the binding frameworks only
  }

  private FollowUp(Builder builder) {
    this.header = builder.header;
    this.kind = builder.kind;
    this.planId = builder.planId;
    this.performedAt = builder.performedAt;
    this.participants = new ArrayList<>(builder.participants);
    this.goalFollowUps = new ArrayList<>(builder.goalFollowUps);
    this.childViews = builder.childViews;
    this.guardianViews = builder.guardianViews;
    this.planChanges = builder.planChanges;
    this.nextFollowUp = builder.nextFollowUp;
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
    builder.planId = planId;
    builder.performedAt = performedAt;
    builder.participants(participants());
    builder.goalFollowUps(goalFollowUps());
    builder.childViews = childViews;
    builder.guardianViews = guardianViews;
    builder.planChanges = planChanges;
    builder.nextFollowUp = nextFollowUp;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Typ av uppföljning (Kind of follow-up). */
  public FollowUpKind kind() {
    return kind;
  }

  /** Genomförandeplan eller vårdplan (Plan followed up). */
  public UUID planId() {
    return planId;
  }

  /** Datum för uppföljning (Performed on). */
  public LocalDate performedAt() {
    return performedAt;
  }

  /** Deltagare (Participants). */
  public List<String> participants() {
    return participants == null ? List.of() : Collections.unmodifiableList(participants);
  }

  /** Måluppfyllelse (Goal outcomes). */
  public List<GoalFollowUp> goalFollowUps() {
    return goalFollowUps == null ? List.of() : Collections.unmodifiableList(goalFollowUps);
  }

  /** Barnets synpunkter (The child's views). */
  public String childViews() {
    return childViews;
  }

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  public String guardianViews() {
    return guardianViews;
  }

  /** Förändringar i planen (Changes to the plan). */
  public String planChanges() {
    return planChanges;
  }

  /** Nästa uppföljning (Next follow-up). */
  public LocalDate nextFollowUp() {
    return nextFollowUp;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FollowUp)) {
      return false;
    }
    FollowUp other = (FollowUp) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(kind(), other.kind())
        && Objects.equals(planId(), other.planId())
        && Objects.equals(performedAt(), other.performedAt())
        && Objects.equals(participants(), other.participants())
        && Objects.equals(goalFollowUps(), other.goalFollowUps())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(guardianViews(), other.guardianViews())
        && Objects.equals(planChanges(), other.planChanges())
        && Objects.equals(nextFollowUp(), other.nextFollowUp());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        kind(),
        planId(),
        performedAt(),
        participants(),
        goalFollowUps(),
        childViews(),
        guardianViews(),
        planChanges(),
        nextFollowUp());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "FollowUp["
        + "header="
        + header
        + ", "
        + "kind="
        + kind
        + ", "
        + "planId="
        + planId
        + ", "
        + "participants="
        + participants().size()
        + ", "
        + "goalFollowUps="
        + goalFollowUps().size()
        + "]";
  }

  /** Builds a {@link FollowUp}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private FollowUpKind kind;
    private UUID planId;
    private LocalDate performedAt;
    private final List<String> participants = new ArrayList<>();
    private final List<GoalFollowUp> goalFollowUps = new ArrayList<>();
    private String childViews;
    private String guardianViews;
    private String planChanges;
    private LocalDate nextFollowUp;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Typ av uppföljning (Kind of follow-up). */
    public Builder kind(FollowUpKind kind) {
      this.kind = kind;
      return this;
    }

    /** Genomförandeplan eller vårdplan (Plan followed up). */
    public Builder planId(UUID planId) {
      this.planId = planId;
      return this;
    }

    /** Datum för uppföljning (Performed on). */
    public Builder performedAt(LocalDate performedAt) {
      this.performedAt = performedAt;
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

    /** Måluppfyllelse (Goal outcomes). */
    public Builder goalFollowUps(Collection<? extends GoalFollowUp> goalFollowUps) {
      this.goalFollowUps.clear();
      goalFollowUps.forEach(this::addGoalFollowUp);
      return this;
    }

    /** Adds one to Måluppfyllelse (Goal outcomes). */
    public Builder addGoalFollowUp(GoalFollowUp goalFollowUp) {
      this.goalFollowUps.add(Objects.requireNonNull(goalFollowUp, "goalFollowUp"));
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

    /** Förändringar i planen (Changes to the plan). */
    public Builder planChanges(String planChanges) {
      this.planChanges = planChanges;
      return this;
    }

    /** Nästa uppföljning (Next follow-up). */
    public Builder nextFollowUp(LocalDate nextFollowUp) {
      this.nextFollowUp = nextFollowUp;
      return this;
    }

    /** A new {@link FollowUp} with this builder's values; the builder can be reused. */
    public FollowUp build() {
      return new FollowUp(this);
    }
  }
}
