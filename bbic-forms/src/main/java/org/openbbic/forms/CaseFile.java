package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openbbic.model.Person;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Ärendekedja (Case file).
 *
 * <p>One child's chain of BBIC documents (ärendekedjan): the child, the basic data, and one named
 * list per document type. Documents refer to each other by document id. A case file that left the
 * social services under a recipient policy states it in {@link #disclosure()}.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "caseFile")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "schemaVersion",
      "caseId",
      "child",
      "basicData",
      "reports",
      "applications",
      "investigationPlans",
      "investigations",
      "decisions",
      "carePlans",
      "assignments",
      "implementationPlans",
      "followUps",
      "reconsiderations",
      "reviews",
      "childSituationFollowUps",
      "closures",
      "disclosure"
    })
@JsonPropertyOrder({
  "schemaVersion",
  "caseId",
  "child",
  "basicData",
  "reports",
  "applications",
  "investigationPlans",
  "investigations",
  "decisions",
  "carePlans",
  "assignments",
  "implementationPlans",
  "followUps",
  "reconsiderations",
  "reviews",
  "childSituationFollowUps",
  "closures",
  "disclosure"
})
public final class CaseFile {

  /** Formatversion (Format version). */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = "[0-9]+\\.[0-9]+\\.[0-9]+", groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String schemaVersion;

  /** Ärende-/diarienummer (Case number). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String caseId;

  /** Barnet (The child). */
  @NotNull(groups = Draft.class)
  @Valid
  private Person child;

  /** Grunduppgifter (Basic data). */
  @Valid private BasicData basicData;

  /** Anmälningar och information på annat sätt (Reports). */
  @XmlElementWrapper(name = "reports")
  @XmlElement(name = "report")
  private List<@Valid Report> reports = new ArrayList<>();

  /** Ansökningar (Applications). */
  @XmlElementWrapper(name = "applications")
  @XmlElement(name = "application")
  private List<@Valid Application> applications = new ArrayList<>();

  /** Utredningsplaner (Investigation plans). */
  @XmlElementWrapper(name = "investigationPlans")
  @XmlElement(name = "investigationPlan")
  private List<@Valid InvestigationPlan> investigationPlans = new ArrayList<>();

  /** Beslutsunderlag (Investigations). */
  @XmlElementWrapper(name = "investigations")
  @XmlElement(name = "investigation")
  private List<@Valid Investigation> investigations = new ArrayList<>();

  /** Beslut (Decisions). */
  @XmlElementWrapper(name = "decisions")
  @XmlElement(name = "decision")
  private List<@Valid Decision> decisions = new ArrayList<>();

  /** Vårdplaner (Care plans). */
  @XmlElementWrapper(name = "carePlans")
  @XmlElement(name = "carePlan")
  private List<@Valid CarePlan> carePlans = new ArrayList<>();

  /** Uppdrag till utförare (Assignments to providers). */
  @XmlElementWrapper(name = "assignments")
  @XmlElement(name = "assignment")
  private List<@Valid AssignmentToProvider> assignments = new ArrayList<>();

  /** Genomförandeplaner (Implementation plans). */
  @XmlElementWrapper(name = "implementationPlans")
  @XmlElement(name = "implementationPlan")
  private List<@Valid ImplementationPlan> implementationPlans = new ArrayList<>();

  /** Uppföljningar (Follow-ups). */
  @XmlElementWrapper(name = "followUps")
  @XmlElement(name = "followUp")
  private List<@Valid FollowUp> followUps = new ArrayList<>();

  /** Överväganden (Reconsiderations). */
  @XmlElementWrapper(name = "reconsiderations")
  @XmlElement(name = "reconsideration")
  private List<@Valid Reconsideration> reconsiderations = new ArrayList<>();

  /** Omprövningar (Reviews). */
  @XmlElementWrapper(name = "reviews")
  @XmlElement(name = "review")
  private List<@Valid Review> reviews = new ArrayList<>();

  /** Uppföljningar av barnets situation (Follow-ups of the child's situation). */
  @XmlElementWrapper(name = "childSituationFollowUps")
  @XmlElement(name = "childSituationFollowUp")
  private List<@Valid ChildSituationFollowUp> childSituationFollowUps = new ArrayList<>();

  /** Avslut (Closures). */
  @XmlElementWrapper(name = "closures")
  @XmlElement(name = "closure")
  private List<@Valid Closure> closures = new ArrayList<>();

  /**
   * Utlämnande (Disclosure): the recipient policy this case file was written under, when it had
   * protected personal data to decide on.
   */
  @Valid private Disclosure disclosure;

  private CaseFile() {
    // for the binding frameworks only
  }

  private CaseFile(Builder builder) {
    this.schemaVersion = builder.schemaVersion;
    this.caseId = builder.caseId;
    this.child = builder.child;
    this.basicData = builder.basicData;
    this.reports = new ArrayList<>(builder.reports);
    this.applications = new ArrayList<>(builder.applications);
    this.investigationPlans = new ArrayList<>(builder.investigationPlans);
    this.investigations = new ArrayList<>(builder.investigations);
    this.decisions = new ArrayList<>(builder.decisions);
    this.carePlans = new ArrayList<>(builder.carePlans);
    this.assignments = new ArrayList<>(builder.assignments);
    this.implementationPlans = new ArrayList<>(builder.implementationPlans);
    this.followUps = new ArrayList<>(builder.followUps);
    this.reconsiderations = new ArrayList<>(builder.reconsiderations);
    this.reviews = new ArrayList<>(builder.reviews);
    this.childSituationFollowUps = new ArrayList<>(builder.childSituationFollowUps);
    this.closures = new ArrayList<>(builder.closures);
    this.disclosure = builder.disclosure;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.schemaVersion = schemaVersion;
    builder.caseId = caseId;
    builder.child = child;
    builder.basicData = basicData;
    builder.reports(reports());
    builder.applications(applications());
    builder.investigationPlans(investigationPlans());
    builder.investigations(investigations());
    builder.decisions(decisions());
    builder.carePlans(carePlans());
    builder.assignments(assignments());
    builder.implementationPlans(implementationPlans());
    builder.followUps(followUps());
    builder.reconsiderations(reconsiderations());
    builder.reviews(reviews());
    builder.childSituationFollowUps(childSituationFollowUps());
    builder.closures(closures());
    builder.disclosure = disclosure;
    return builder;
  }

  /** Formatversion (Format version). */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Ärende-/diarienummer (Case number). */
  public String caseId() {
    return caseId;
  }

  /** Barnet (The child). */
  public Person child() {
    return child;
  }

  /** Grunduppgifter (Basic data). */
  public BasicData basicData() {
    return basicData;
  }

  /** Anmälningar och information på annat sätt (Reports). */
  public List<Report> reports() {
    return reports == null ? List.of() : Collections.unmodifiableList(reports);
  }

  /** Ansökningar (Applications). */
  public List<Application> applications() {
    return applications == null ? List.of() : Collections.unmodifiableList(applications);
  }

  /** Utredningsplaner (Investigation plans). */
  public List<InvestigationPlan> investigationPlans() {
    return investigationPlans == null
        ? List.of()
        : Collections.unmodifiableList(investigationPlans);
  }

  /** Beslutsunderlag (Investigations). */
  public List<Investigation> investigations() {
    return investigations == null ? List.of() : Collections.unmodifiableList(investigations);
  }

  /** Beslut (Decisions). */
  public List<Decision> decisions() {
    return decisions == null ? List.of() : Collections.unmodifiableList(decisions);
  }

  /** Vårdplaner (Care plans). */
  public List<CarePlan> carePlans() {
    return carePlans == null ? List.of() : Collections.unmodifiableList(carePlans);
  }

  /** Uppdrag till utförare (Assignments to providers). */
  public List<AssignmentToProvider> assignments() {
    return assignments == null ? List.of() : Collections.unmodifiableList(assignments);
  }

  /** Genomförandeplaner (Implementation plans). */
  public List<ImplementationPlan> implementationPlans() {
    return implementationPlans == null
        ? List.of()
        : Collections.unmodifiableList(implementationPlans);
  }

  /** Uppföljningar (Follow-ups). */
  public List<FollowUp> followUps() {
    return followUps == null ? List.of() : Collections.unmodifiableList(followUps);
  }

  /** Överväganden (Reconsiderations). */
  public List<Reconsideration> reconsiderations() {
    return reconsiderations == null ? List.of() : Collections.unmodifiableList(reconsiderations);
  }

  /** Omprövningar (Reviews). */
  public List<Review> reviews() {
    return reviews == null ? List.of() : Collections.unmodifiableList(reviews);
  }

  /** Uppföljningar av barnets situation (Follow-ups of the child's situation). */
  public List<ChildSituationFollowUp> childSituationFollowUps() {
    return childSituationFollowUps == null
        ? List.of()
        : Collections.unmodifiableList(childSituationFollowUps);
  }

  /** Avslut (Closures). */
  public List<Closure> closures() {
    return closures == null ? List.of() : Collections.unmodifiableList(closures);
  }

  /** Utlämnande (Disclosure): the recipient policy this case file was written under. */
  public Disclosure disclosure() {
    return disclosure;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CaseFile)) {
      return false;
    }
    CaseFile other = (CaseFile) o;
    return Objects.equals(schemaVersion(), other.schemaVersion())
        && Objects.equals(caseId(), other.caseId())
        && Objects.equals(child(), other.child())
        && Objects.equals(basicData(), other.basicData())
        && Objects.equals(reports(), other.reports())
        && Objects.equals(applications(), other.applications())
        && Objects.equals(investigationPlans(), other.investigationPlans())
        && Objects.equals(investigations(), other.investigations())
        && Objects.equals(decisions(), other.decisions())
        && Objects.equals(carePlans(), other.carePlans())
        && Objects.equals(assignments(), other.assignments())
        && Objects.equals(implementationPlans(), other.implementationPlans())
        && Objects.equals(followUps(), other.followUps())
        && Objects.equals(reconsiderations(), other.reconsiderations())
        && Objects.equals(reviews(), other.reviews())
        && Objects.equals(childSituationFollowUps(), other.childSituationFollowUps())
        && Objects.equals(closures(), other.closures())
        && Objects.equals(disclosure(), other.disclosure());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        schemaVersion(),
        caseId(),
        child(),
        basicData(),
        reports(),
        applications(),
        investigationPlans(),
        investigations(),
        decisions(),
        carePlans(),
        assignments(),
        implementationPlans(),
        followUps(),
        reconsiderations(),
        reviews(),
        childSituationFollowUps(),
        closures(),
        disclosure());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "CaseFile["
        + "reports="
        + reports().size()
        + ", "
        + "applications="
        + applications().size()
        + ", "
        + "investigationPlans="
        + investigationPlans().size()
        + ", "
        + "investigations="
        + investigations().size()
        + ", "
        + "decisions="
        + decisions().size()
        + ", "
        + "carePlans="
        + carePlans().size()
        + ", "
        + "assignments="
        + assignments().size()
        + ", "
        + "implementationPlans="
        + implementationPlans().size()
        + ", "
        + "followUps="
        + followUps().size()
        + ", "
        + "reconsiderations="
        + reconsiderations().size()
        + ", "
        + "reviews="
        + reviews().size()
        + ", "
        + "childSituationFollowUps="
        + childSituationFollowUps().size()
        + ", "
        + "closures="
        + closures().size()
        + "]";
  }

  /** Builds a {@link CaseFile}; not thread-safe. */
  public static final class Builder {

    private String schemaVersion;
    private String caseId;
    private Person child;
    private BasicData basicData;
    private final List<Report> reports = new ArrayList<>();
    private final List<Application> applications = new ArrayList<>();
    private final List<InvestigationPlan> investigationPlans = new ArrayList<>();
    private final List<Investigation> investigations = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<CarePlan> carePlans = new ArrayList<>();
    private final List<AssignmentToProvider> assignments = new ArrayList<>();
    private final List<ImplementationPlan> implementationPlans = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<Reconsideration> reconsiderations = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<ChildSituationFollowUp> childSituationFollowUps = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();
    private Disclosure disclosure;

    private Builder() {}

    /** Formatversion (Format version). */
    public Builder schemaVersion(String schemaVersion) {
      this.schemaVersion = schemaVersion;
      return this;
    }

    /** Ärende-/diarienummer (Case number). */
    public Builder caseId(String caseId) {
      this.caseId = caseId;
      return this;
    }

    /** Barnet (The child). */
    public Builder child(Person child) {
      this.child = child;
      return this;
    }

    /** Grunduppgifter (Basic data). */
    public Builder basicData(BasicData basicData) {
      this.basicData = basicData;
      return this;
    }

    /** Anmälningar och information på annat sätt (Reports). */
    public Builder reports(Collection<? extends Report> reports) {
      this.reports.clear();
      reports.forEach(this::addReport);
      return this;
    }

    /** Adds one to Anmälningar och information på annat sätt (Reports). */
    public Builder addReport(Report report) {
      this.reports.add(Objects.requireNonNull(report, "report"));
      return this;
    }

    /** Ansökningar (Applications). */
    public Builder applications(Collection<? extends Application> applications) {
      this.applications.clear();
      applications.forEach(this::addApplication);
      return this;
    }

    /** Adds one to Ansökningar (Applications). */
    public Builder addApplication(Application application) {
      this.applications.add(Objects.requireNonNull(application, "application"));
      return this;
    }

    /** Utredningsplaner (Investigation plans). */
    public Builder investigationPlans(Collection<? extends InvestigationPlan> investigationPlans) {
      this.investigationPlans.clear();
      investigationPlans.forEach(this::addInvestigationPlan);
      return this;
    }

    /** Adds one to Utredningsplaner (Investigation plans). */
    public Builder addInvestigationPlan(InvestigationPlan investigationPlan) {
      this.investigationPlans.add(Objects.requireNonNull(investigationPlan, "investigationPlan"));
      return this;
    }

    /** Beslutsunderlag (Investigations). */
    public Builder investigations(Collection<? extends Investigation> investigations) {
      this.investigations.clear();
      investigations.forEach(this::addInvestigation);
      return this;
    }

    /** Adds one to Beslutsunderlag (Investigations). */
    public Builder addInvestigation(Investigation investigation) {
      this.investigations.add(Objects.requireNonNull(investigation, "investigation"));
      return this;
    }

    /** Beslut (Decisions). */
    public Builder decisions(Collection<? extends Decision> decisions) {
      this.decisions.clear();
      decisions.forEach(this::addDecision);
      return this;
    }

    /** Adds one to Beslut (Decisions). */
    public Builder addDecision(Decision decision) {
      this.decisions.add(Objects.requireNonNull(decision, "decision"));
      return this;
    }

    /** Vårdplaner (Care plans). */
    public Builder carePlans(Collection<? extends CarePlan> carePlans) {
      this.carePlans.clear();
      carePlans.forEach(this::addCarePlan);
      return this;
    }

    /** Adds one to Vårdplaner (Care plans). */
    public Builder addCarePlan(CarePlan carePlan) {
      this.carePlans.add(Objects.requireNonNull(carePlan, "carePlan"));
      return this;
    }

    /** Uppdrag till utförare (Assignments to providers). */
    public Builder assignments(Collection<? extends AssignmentToProvider> assignments) {
      this.assignments.clear();
      assignments.forEach(this::addAssignment);
      return this;
    }

    /** Adds one to Uppdrag till utförare (Assignments to providers). */
    public Builder addAssignment(AssignmentToProvider assignment) {
      this.assignments.add(Objects.requireNonNull(assignment, "assignment"));
      return this;
    }

    /** Genomförandeplaner (Implementation plans). */
    public Builder implementationPlans(
        Collection<? extends ImplementationPlan> implementationPlans) {
      this.implementationPlans.clear();
      implementationPlans.forEach(this::addImplementationPlan);
      return this;
    }

    /** Adds one to Genomförandeplaner (Implementation plans). */
    public Builder addImplementationPlan(ImplementationPlan implementationPlan) {
      this.implementationPlans.add(
          Objects.requireNonNull(implementationPlan, "implementationPlan"));
      return this;
    }

    /** Uppföljningar (Follow-ups). */
    public Builder followUps(Collection<? extends FollowUp> followUps) {
      this.followUps.clear();
      followUps.forEach(this::addFollowUp);
      return this;
    }

    /** Adds one to Uppföljningar (Follow-ups). */
    public Builder addFollowUp(FollowUp followUp) {
      this.followUps.add(Objects.requireNonNull(followUp, "followUp"));
      return this;
    }

    /** Överväganden (Reconsiderations). */
    public Builder reconsiderations(Collection<? extends Reconsideration> reconsiderations) {
      this.reconsiderations.clear();
      reconsiderations.forEach(this::addReconsideration);
      return this;
    }

    /** Adds one to Överväganden (Reconsiderations). */
    public Builder addReconsideration(Reconsideration reconsideration) {
      this.reconsiderations.add(Objects.requireNonNull(reconsideration, "reconsideration"));
      return this;
    }

    /** Omprövningar (Reviews). */
    public Builder reviews(Collection<? extends Review> reviews) {
      this.reviews.clear();
      reviews.forEach(this::addReview);
      return this;
    }

    /** Adds one to Omprövningar (Reviews). */
    public Builder addReview(Review review) {
      this.reviews.add(Objects.requireNonNull(review, "review"));
      return this;
    }

    /** Uppföljningar av barnets situation (Follow-ups of the child's situation). */
    public Builder childSituationFollowUps(
        Collection<? extends ChildSituationFollowUp> childSituationFollowUps) {
      this.childSituationFollowUps.clear();
      childSituationFollowUps.forEach(this::addChildSituationFollowUp);
      return this;
    }

    /** Adds one to Uppföljningar av barnets situation (Follow-ups of the child's situation). */
    public Builder addChildSituationFollowUp(ChildSituationFollowUp childSituationFollowUp) {
      this.childSituationFollowUps.add(
          Objects.requireNonNull(childSituationFollowUp, "childSituationFollowUp"));
      return this;
    }

    /** Avslut (Closures). */
    public Builder closures(Collection<? extends Closure> closures) {
      this.closures.clear();
      closures.forEach(this::addClosure);
      return this;
    }

    /** Adds one to Avslut (Closures). */
    public Builder addClosure(Closure closure) {
      this.closures.add(Objects.requireNonNull(closure, "closure"));
      return this;
    }

    /** Utlämnande (Disclosure). */
    public Builder disclosure(Disclosure disclosure) {
      this.disclosure = disclosure;
      return this;
    }

    /** A new {@link CaseFile} with this builder's values; the builder can be reused. */
    public CaseFile build() {
      return new CaseFile(this);
    }
  }

  /**
   * Every document of this case file, the basic data first, then list by list in the order above.
   */
  public List<BbicDocument> documents() {
    List<BbicDocument> all = new ArrayList<>();
    for (org.openbbic.forms.meta.BbicModel.CaseDocument d :
        org.openbbic.forms.meta.BbicModel.get().documents(this)) {
      all.add(d.document());
    }
    return Collections.unmodifiableList(all);
  }

  /** The document with {@code documentId}, if this case file holds one. */
  public java.util.Optional<BbicDocument> document(UUID documentId) {
    return documents().stream()
        .filter(d -> d.header() != null && documentId.equals(d.header().documentId()))
        .findFirst();
  }
}
