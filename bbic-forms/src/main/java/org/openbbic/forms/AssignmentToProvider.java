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
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Uppdrag till utförare (Assignment to provider).
 *
 * <p>Information set 8: what the provider is asked to do, towards which goals, and how it reports
 * back.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "assignmentToProvider")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "decisionId",
      "provider",
      "interventionKind",
      "goals",
      "startDate",
      "endDate",
      "reporting"
    })
@JsonPropertyOrder({
  "header",
  "decisionId",
  "provider",
  "interventionKind",
  "goals",
  "startDate",
  "endDate",
  "reporting"
})
public final class AssignmentToProvider implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Beslut (Decision). */
  @References(Decision.class)
  private UUID decisionId;

  /** Utförare (Provider). */
  @NotNull(groups = Complete.class)
  @Valid
  private Provider provider;

  /** Insats (Intervention). */
  @NotNull(groups = Complete.class)
  private InterventionKind interventionKind;

  /** Mål med insatsen (Goals of the intervention). */
  @XmlElementWrapper(name = "goals")
  @XmlElement(name = "goal")
  private List<@Valid Goal> goals = new ArrayList<>();

  /** Startdatum (Start date). */
  @EventDate(planned = true)
  @XmlSchemaType(name = "date")
  private LocalDate startDate;

  /** Slutdatum (End date). */
  @XmlSchemaType(name = "date")
  private LocalDate endDate;

  /** Återrapportering (Reporting back). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String reporting;

  private AssignmentToProvider() {
    // for the binding frameworks only
  }

  private AssignmentToProvider(Builder builder) {
    this.header = builder.header;
    this.decisionId = builder.decisionId;
    this.provider = builder.provider;
    this.interventionKind = builder.interventionKind;
    this.goals = new ArrayList<>(builder.goals);
    this.startDate = builder.startDate;
    this.endDate = builder.endDate;
    this.reporting = builder.reporting;
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
    builder.provider = provider;
    builder.interventionKind = interventionKind;
    builder.goals(goals());
    builder.startDate = startDate;
    builder.endDate = endDate;
    builder.reporting = reporting;
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

  /** Utförare (Provider). */
  public Provider provider() {
    return provider;
  }

  /** Insats (Intervention). */
  public InterventionKind interventionKind() {
    return interventionKind;
  }

  /** Mål med insatsen (Goals of the intervention). */
  public List<Goal> goals() {
    return goals == null ? List.of() : Collections.unmodifiableList(goals);
  }

  /** Startdatum (Start date). */
  public LocalDate startDate() {
    return startDate;
  }

  /** Slutdatum (End date). */
  public LocalDate endDate() {
    return endDate;
  }

  /** Återrapportering (Reporting back). */
  public String reporting() {
    return reporting;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AssignmentToProvider)) {
      return false;
    }
    AssignmentToProvider other = (AssignmentToProvider) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(decisionId(), other.decisionId())
        && Objects.equals(provider(), other.provider())
        && Objects.equals(interventionKind(), other.interventionKind())
        && Objects.equals(goals(), other.goals())
        && Objects.equals(startDate(), other.startDate())
        && Objects.equals(endDate(), other.endDate())
        && Objects.equals(reporting(), other.reporting());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        decisionId(),
        provider(),
        interventionKind(),
        goals(),
        startDate(),
        endDate(),
        reporting());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "AssignmentToProvider["
        + "header="
        + header
        + ", "
        + "decisionId="
        + decisionId
        + ", "
        + "interventionKind="
        + interventionKind
        + ", "
        + "goals="
        + goals().size()
        + "]";
  }

  /** Builds a {@link AssignmentToProvider}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private UUID decisionId;
    private Provider provider;
    private InterventionKind interventionKind;
    private final List<Goal> goals = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private String reporting;

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

    /** Utförare (Provider). */
    public Builder provider(Provider provider) {
      this.provider = provider;
      return this;
    }

    /** Insats (Intervention). */
    public Builder interventionKind(InterventionKind interventionKind) {
      this.interventionKind = interventionKind;
      return this;
    }

    /** Mål med insatsen (Goals of the intervention). */
    public Builder goals(Collection<? extends Goal> goals) {
      this.goals.clear();
      goals.forEach(this::addGoal);
      return this;
    }

    /** Adds one to Mål med insatsen (Goals of the intervention). */
    public Builder addGoal(Goal goal) {
      this.goals.add(Objects.requireNonNull(goal, "goal"));
      return this;
    }

    /** Startdatum (Start date). */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /** Slutdatum (End date). */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /** Återrapportering (Reporting back). */
    public Builder reporting(String reporting) {
      this.reporting = reporting;
      return this;
    }

    /** A new {@link AssignmentToProvider} with this builder's values; the builder can be reused. */
    public AssignmentToProvider build() {
      return new AssignmentToProvider(this);
    }
  }
}
