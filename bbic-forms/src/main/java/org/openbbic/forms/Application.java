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
import org.openbbic.forms.meta.EventDate;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.InterventionKind;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Ansökan om bistånd (Application for assistance).
 *
 * <p>Information set 2: an application by the guardians, or by a young person aged 15 or more, for
 * assistance (bistånd). It usually leads straight to an investigation.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "application")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "receivedDate",
      "receivedBy",
      "applicants",
      "appliedFor",
      "interventionKinds",
      "reasons",
      "consents"
    })
@JsonPropertyOrder({
  "header",
  "receivedDate",
  "receivedBy",
  "applicants",
  "appliedFor",
  "interventionKinds",
  "reasons",
  "consents"
})
public final class Application implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Ansökan inkom (Received on). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate receivedDate;

  /** Mottagen av (Received by). */
  @Valid private CaseWorker receivedBy;

  /** Sökande (Applicants). */
  @Size(min = 1, groups = Complete.class)
  @XmlElementWrapper(name = "applicants")
  @XmlElement(name = "applicant")
  private List<@Valid RelatedPerson> applicants = new ArrayList<>();

  /** Ansökan avser (Applied for). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String appliedFor;

  /** Insatser som ansökan avser (Interventions applied for). */
  @XmlElementWrapper(name = "interventionKinds")
  @XmlElement(name = "interventionKind")
  private List<InterventionKind> interventionKinds = new ArrayList<>();

  /** Skäl för ansökan (Reasons). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String reasons;

  /** Samtycke till kontakter (Consents to contacts). */
  @XmlElementWrapper(name = "consents")
  @XmlElement(name = "consent")
  private List<@Valid Consent> consents = new ArrayList<>();

  private Application() {
    // for the binding frameworks only
  }

  private Application(Builder builder) {
    this.header = builder.header;
    this.receivedDate = builder.receivedDate;
    this.receivedBy = builder.receivedBy;
    this.applicants = new ArrayList<>(builder.applicants);
    this.appliedFor = builder.appliedFor;
    this.interventionKinds = new ArrayList<>(builder.interventionKinds);
    this.reasons = builder.reasons;
    this.consents = new ArrayList<>(builder.consents);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.receivedDate = receivedDate;
    builder.receivedBy = receivedBy;
    builder.applicants(applicants());
    builder.appliedFor = appliedFor;
    builder.interventionKinds(interventionKinds());
    builder.reasons = reasons;
    builder.consents(consents());
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Ansökan inkom (Received on). */
  public LocalDate receivedDate() {
    return receivedDate;
  }

  /** Mottagen av (Received by). */
  public CaseWorker receivedBy() {
    return receivedBy;
  }

  /** Sökande (Applicants). */
  public List<RelatedPerson> applicants() {
    return applicants == null ? List.of() : Collections.unmodifiableList(applicants);
  }

  /** Ansökan avser (Applied for). */
  public String appliedFor() {
    return appliedFor;
  }

  /** Insatser som ansökan avser (Interventions applied for). */
  public List<InterventionKind> interventionKinds() {
    return interventionKinds == null ? List.of() : Collections.unmodifiableList(interventionKinds);
  }

  /** Skäl för ansökan (Reasons). */
  public String reasons() {
    return reasons;
  }

  /** Samtycke till kontakter (Consents to contacts). */
  public List<Consent> consents() {
    return consents == null ? List.of() : Collections.unmodifiableList(consents);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Application)) {
      return false;
    }
    Application other = (Application) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(receivedDate(), other.receivedDate())
        && Objects.equals(receivedBy(), other.receivedBy())
        && Objects.equals(applicants(), other.applicants())
        && Objects.equals(appliedFor(), other.appliedFor())
        && Objects.equals(interventionKinds(), other.interventionKinds())
        && Objects.equals(reasons(), other.reasons())
        && Objects.equals(consents(), other.consents());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        receivedDate(),
        receivedBy(),
        applicants(),
        appliedFor(),
        interventionKinds(),
        reasons(),
        consents());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Application["
        + "header="
        + header
        + ", "
        + "applicants="
        + applicants().size()
        + ", "
        + "interventionKinds="
        + interventionKinds().size()
        + ", "
        + "consents="
        + consents().size()
        + "]";
  }

  /** Builds a {@link Application}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private LocalDate receivedDate;
    private CaseWorker receivedBy;
    private final List<RelatedPerson> applicants = new ArrayList<>();
    private String appliedFor;
    private final List<InterventionKind> interventionKinds = new ArrayList<>();
    private String reasons;
    private final List<Consent> consents = new ArrayList<>();

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Ansökan inkom (Received on). */
    public Builder receivedDate(LocalDate receivedDate) {
      this.receivedDate = receivedDate;
      return this;
    }

    /** Mottagen av (Received by). */
    public Builder receivedBy(CaseWorker receivedBy) {
      this.receivedBy = receivedBy;
      return this;
    }

    /** Sökande (Applicants). */
    public Builder applicants(Collection<? extends RelatedPerson> applicants) {
      this.applicants.clear();
      applicants.forEach(this::addApplicant);
      return this;
    }

    /** Adds one to Sökande (Applicants). */
    public Builder addApplicant(RelatedPerson applicant) {
      this.applicants.add(Objects.requireNonNull(applicant, "applicant"));
      return this;
    }

    /** Ansökan avser (Applied for). */
    public Builder appliedFor(String appliedFor) {
      this.appliedFor = appliedFor;
      return this;
    }

    /** Insatser som ansökan avser (Interventions applied for). */
    public Builder interventionKinds(Collection<? extends InterventionKind> interventionKinds) {
      this.interventionKinds.clear();
      interventionKinds.forEach(this::addInterventionKind);
      return this;
    }

    /** Adds one to Insatser som ansökan avser (Interventions applied for). */
    public Builder addInterventionKind(InterventionKind interventionKind) {
      this.interventionKinds.add(Objects.requireNonNull(interventionKind, "interventionKind"));
      return this;
    }

    /** Skäl för ansökan (Reasons). */
    public Builder reasons(String reasons) {
      this.reasons = reasons;
      return this;
    }

    /** Samtycke till kontakter (Consents to contacts). */
    public Builder consents(Collection<? extends Consent> consents) {
      this.consents.clear();
      consents.forEach(this::addConsent);
      return this;
    }

    /** Adds one to Samtycke till kontakter (Consents to contacts). */
    public Builder addConsent(Consent consent) {
      this.consents.add(Objects.requireNonNull(consent, "consent"));
      return this;
    }

    /** A new {@link Application} with this builder's values; the builder can be reused. */
    public Application build() {
      return new Application(this);
    }
  }
}
