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
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Person;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Grunduppgifter (Basic data).
 *
 * <p>Information set 1: the child, guardians, parents, household, siblings, school, language, and
 * the responsible case worker.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "basicData")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "header",
      "child",
      "guardians",
      "otherParents",
      "householdMembers",
      "siblings",
      "school",
      "language",
      "interpreterNeeded",
      "unaccompaniedMinor",
      "caseWorker"
    })
@JsonPropertyOrder({
  "header",
  "child",
  "guardians",
  "otherParents",
  "householdMembers",
  "siblings",
  "school",
  "language",
  "interpreterNeeded",
  "unaccompaniedMinor",
  "caseWorker"
})
public final class BasicData implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Barnet (The child). */
  @NotNull(groups = Draft.class)
  @Valid
  private Person child;

  /** Vårdnadshavare (Guardians). */
  @XmlElementWrapper(name = "guardians")
  @XmlElement(name = "guardian")
  private List<@Valid RelatedPerson> guardians = new ArrayList<>();

  /** Föräldrar som inte är vårdnadshavare (Parents who are not guardians). */
  @XmlElementWrapper(name = "otherParents")
  @XmlElement(name = "otherParent")
  private List<@Valid RelatedPerson> otherParents = new ArrayList<>();

  /** Andra i hushållet (Other household members). */
  @XmlElementWrapper(name = "householdMembers")
  @XmlElement(name = "householdMember")
  private List<@Valid RelatedPerson> householdMembers = new ArrayList<>();

  /** Syskon (Siblings). */
  @XmlElementWrapper(name = "siblings")
  @XmlElement(name = "sibling")
  private List<@Valid RelatedPerson> siblings = new ArrayList<>();

  /** Förskola/skola (Preschool or school). */
  @Valid private School school;

  /** Språk (Language). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String language;

  /** Behov av tolk (Interpreter needed). */
  private Boolean interpreterNeeded;

  /** Ensamkommande barn (Unaccompanied minor). */
  private Boolean unaccompaniedMinor;

  /** Ansvarig handläggare (Responsible case worker). */
  @Valid private CaseWorker caseWorker;

  private BasicData() {
    // for the binding frameworks only
  }

  private BasicData(Builder builder) {
    this.header = builder.header;
    this.child = builder.child;
    this.guardians = new ArrayList<>(builder.guardians);
    this.otherParents = new ArrayList<>(builder.otherParents);
    this.householdMembers = new ArrayList<>(builder.householdMembers);
    this.siblings = new ArrayList<>(builder.siblings);
    this.school = builder.school;
    this.language = builder.language;
    this.interpreterNeeded = builder.interpreterNeeded;
    this.unaccompaniedMinor = builder.unaccompaniedMinor;
    this.caseWorker = builder.caseWorker;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.child = child;
    builder.guardians(guardians());
    builder.otherParents(otherParents());
    builder.householdMembers(householdMembers());
    builder.siblings(siblings());
    builder.school = school;
    builder.language = language;
    builder.interpreterNeeded = interpreterNeeded;
    builder.unaccompaniedMinor = unaccompaniedMinor;
    builder.caseWorker = caseWorker;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Barnet (The child). */
  public Person child() {
    return child;
  }

  /** Vårdnadshavare (Guardians). */
  public List<RelatedPerson> guardians() {
    return guardians == null ? List.of() : Collections.unmodifiableList(guardians);
  }

  /** Föräldrar som inte är vårdnadshavare (Parents who are not guardians). */
  public List<RelatedPerson> otherParents() {
    return otherParents == null ? List.of() : Collections.unmodifiableList(otherParents);
  }

  /** Andra i hushållet (Other household members). */
  public List<RelatedPerson> householdMembers() {
    return householdMembers == null ? List.of() : Collections.unmodifiableList(householdMembers);
  }

  /** Syskon (Siblings). */
  public List<RelatedPerson> siblings() {
    return siblings == null ? List.of() : Collections.unmodifiableList(siblings);
  }

  /** Förskola/skola (Preschool or school). */
  public School school() {
    return school;
  }

  /** Språk (Language). */
  public String language() {
    return language;
  }

  /** Behov av tolk (Interpreter needed). */
  public Boolean interpreterNeeded() {
    return interpreterNeeded;
  }

  /** Ensamkommande barn (Unaccompanied minor). */
  public Boolean unaccompaniedMinor() {
    return unaccompaniedMinor;
  }

  /** Ansvarig handläggare (Responsible case worker). */
  public CaseWorker caseWorker() {
    return caseWorker;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BasicData)) {
      return false;
    }
    BasicData other = (BasicData) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(child(), other.child())
        && Objects.equals(guardians(), other.guardians())
        && Objects.equals(otherParents(), other.otherParents())
        && Objects.equals(householdMembers(), other.householdMembers())
        && Objects.equals(siblings(), other.siblings())
        && Objects.equals(school(), other.school())
        && Objects.equals(language(), other.language())
        && Objects.equals(interpreterNeeded(), other.interpreterNeeded())
        && Objects.equals(unaccompaniedMinor(), other.unaccompaniedMinor())
        && Objects.equals(caseWorker(), other.caseWorker());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(),
        child(),
        guardians(),
        otherParents(),
        householdMembers(),
        siblings(),
        school(),
        language(),
        interpreterNeeded(),
        unaccompaniedMinor(),
        caseWorker());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "BasicData["
        + "header="
        + header
        + ", "
        + "guardians="
        + guardians().size()
        + ", "
        + "otherParents="
        + otherParents().size()
        + ", "
        + "householdMembers="
        + householdMembers().size()
        + ", "
        + "siblings="
        + siblings().size()
        + "]";
  }

  /** Builds a {@link BasicData}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private Person child;
    private final List<RelatedPerson> guardians = new ArrayList<>();
    private final List<RelatedPerson> otherParents = new ArrayList<>();
    private final List<RelatedPerson> householdMembers = new ArrayList<>();
    private final List<RelatedPerson> siblings = new ArrayList<>();
    private School school;
    private String language;
    private Boolean interpreterNeeded;
    private Boolean unaccompaniedMinor;
    private CaseWorker caseWorker;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Barnet (The child). */
    public Builder child(Person child) {
      this.child = child;
      return this;
    }

    /** Vårdnadshavare (Guardians). */
    public Builder guardians(Collection<? extends RelatedPerson> guardians) {
      this.guardians.clear();
      guardians.forEach(this::addGuardian);
      return this;
    }

    /** Adds one to Vårdnadshavare (Guardians). */
    public Builder addGuardian(RelatedPerson guardian) {
      this.guardians.add(Objects.requireNonNull(guardian, "guardian"));
      return this;
    }

    /** Föräldrar som inte är vårdnadshavare (Parents who are not guardians). */
    public Builder otherParents(Collection<? extends RelatedPerson> otherParents) {
      this.otherParents.clear();
      otherParents.forEach(this::addOtherParent);
      return this;
    }

    /** Adds one to Föräldrar som inte är vårdnadshavare (Parents who are not guardians). */
    public Builder addOtherParent(RelatedPerson otherParent) {
      this.otherParents.add(Objects.requireNonNull(otherParent, "otherParent"));
      return this;
    }

    /** Andra i hushållet (Other household members). */
    public Builder householdMembers(Collection<? extends RelatedPerson> householdMembers) {
      this.householdMembers.clear();
      householdMembers.forEach(this::addHouseholdMember);
      return this;
    }

    /** Adds one to Andra i hushållet (Other household members). */
    public Builder addHouseholdMember(RelatedPerson householdMember) {
      this.householdMembers.add(Objects.requireNonNull(householdMember, "householdMember"));
      return this;
    }

    /** Syskon (Siblings). */
    public Builder siblings(Collection<? extends RelatedPerson> siblings) {
      this.siblings.clear();
      siblings.forEach(this::addSibling);
      return this;
    }

    /** Adds one to Syskon (Siblings). */
    public Builder addSibling(RelatedPerson sibling) {
      this.siblings.add(Objects.requireNonNull(sibling, "sibling"));
      return this;
    }

    /** Förskola/skola (Preschool or school). */
    public Builder school(School school) {
      this.school = school;
      return this;
    }

    /** Språk (Language). */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** Behov av tolk (Interpreter needed). */
    public Builder interpreterNeeded(Boolean interpreterNeeded) {
      this.interpreterNeeded = interpreterNeeded;
      return this;
    }

    /** Ensamkommande barn (Unaccompanied minor). */
    public Builder unaccompaniedMinor(Boolean unaccompaniedMinor) {
      this.unaccompaniedMinor = unaccompaniedMinor;
      return this;
    }

    /** Ansvarig handläggare (Responsible case worker). */
    public Builder caseWorker(CaseWorker caseWorker) {
      this.caseWorker = caseWorker;
      return this;
    }

    /** A new {@link BasicData} with this builder's values; the builder can be reused. */
    public BasicData build() {
      return new BasicData(this);
    }
  }
}
