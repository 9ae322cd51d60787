package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Draft;

/**
 * Närstående (Related person).
 *
 * <p>A person related to the child (a guardian, a parent, a sibling, a household member).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"person", "relation", "custody"})
@JsonPropertyOrder({"person", "relation", "custody"})
public final class RelatedPerson {

  /** Person (Person). */
  @NotNull(groups = Draft.class)
  @Valid
  private Person person;

  /** Relation till barnet (Relation to the child). */
  @NotNull(groups = Draft.class)
  private Relation relation;

  /** Vårdnad (Custody). */
  private Custody custody;

  private RelatedPerson() {
    // for the binding frameworks only
  }

  private RelatedPerson(Builder builder) {
    this.person = builder.person;
    this.relation = builder.relation;
    this.custody = builder.custody;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.person = person;
    builder.relation = relation;
    builder.custody = custody;
    return builder;
  }

  /** Person (Person). */
  public Person person() {
    return person;
  }

  /** Relation till barnet (Relation to the child). */
  public Relation relation() {
    return relation;
  }

  /** Vårdnad (Custody). */
  public Custody custody() {
    return custody;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RelatedPerson)) {
      return false;
    }
    RelatedPerson other = (RelatedPerson) o;
    return Objects.equals(person(), other.person())
        && Objects.equals(relation(), other.relation())
        && Objects.equals(custody(), other.custody());
  }

  @Override
  public int hashCode() {
    return Objects.hash(person(), relation(), custody());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "RelatedPerson[" + "relation=" + relation + ", " + "custody=" + custody + "]";
  }

  /** Builds a {@link RelatedPerson}; not thread-safe. */
  public static final class Builder {

    private Person person;
    private Relation relation;
    private Custody custody;

    private Builder() {}

    /** Person (Person). */
    public Builder person(Person person) {
      this.person = person;
      return this;
    }

    /** Relation till barnet (Relation to the child). */
    public Builder relation(Relation relation) {
      this.relation = relation;
      return this;
    }

    /** Vårdnad (Custody). */
    public Builder custody(Custody custody) {
      this.custody = custody;
      return this;
    }

    /** A new {@link RelatedPerson} with this builder's values; the builder can be reused. */
    public RelatedPerson build() {
      return new RelatedPerson(this);
    }
  }
}
