package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Person (Person).
 *
 * <p>A person in a BBIC document: the child, a guardian, a parent or another related person. The
 * birth date is explicit: it need not be the date in the identity number.
 *
 * <p>The identity, names, address and contact details are personal data; {@link #toString()} shows
 * only the masked identity and the protection level.
 *
 * <p>A person record that left the social services under a recipient policy may lack fields that
 * the policy withheld; {@link #withheld()} names them, so that a withheld field is never mistaken
 * for an empty one.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "id",
      "givenName",
      "familyName",
      "birthDate",
      "protection",
      "address",
      "phone",
      "email",
      "interpreterLanguage",
      "withheld"
    })
@JsonPropertyOrder({
  "id",
  "givenName",
  "familyName",
  "birthDate",
  "protection",
  "address",
  "phone",
  "email",
  "interpreterLanguage",
  "withheld"
})
public final class Person {

  /**
   * The wire names of the fields of this type a recipient policy may withhold, and so the only
   * names its {@code withheld} list may hold ({@code |} between names).
   *
   * @since 0.1
   */
  public static final String WITHHOLDABLE = "id|givenName|familyName|birthDate|address|phone|email";

  /** Identitet (Identity). */
  @Valid private PersonId id;

  /** Förnamn (Given name). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String givenName;

  /** Efternamn (Family name). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String familyName;

  /** Födelsedatum (Date of birth). */
  @XmlSchemaType(name = "date")
  private LocalDate birthDate;

  /** Skyddade personuppgifter (Protected personal data). */
  @NotNull(groups = Complete.class)
  private ProtectionLevel protection;

  /** Adress (Address). */
  @Valid private Address address;

  /** Telefon (Phone). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String phone;

  /** E-post (Email). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String email;

  /** Tolkbehov, språk (Interpreter needed, language). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String interpreterLanguage;

  /**
   * Undanhållna uppgifter (Withheld fields): the wire names of this person's fields that the sender
   * withheld under its recipient policy (for example {@code address}); empty when nothing was.
   */
  @XmlElementWrapper(name = "withheld")
  @XmlElement(name = "field")
  private List<@Pattern(regexp = "^(" + WITHHOLDABLE + ")$", groups = Draft.class) String>
      withheld = new ArrayList<>();

  private Person() {
    // for the binding frameworks only
  }

  private Person(Builder builder) {
    this.id = builder.id;
    this.givenName = builder.givenName;
    this.familyName = builder.familyName;
    this.birthDate = builder.birthDate;
    this.protection = builder.protection;
    this.address = builder.address;
    this.phone = builder.phone;
    this.email = builder.email;
    this.interpreterLanguage = builder.interpreterLanguage;
    this.withheld = new ArrayList<>(builder.withheld);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.givenName = givenName;
    builder.familyName = familyName;
    builder.birthDate = birthDate;
    builder.protection = protection;
    builder.address = address;
    builder.phone = phone;
    builder.email = email;
    builder.interpreterLanguage = interpreterLanguage;
    builder.withheld(withheld());
    return builder;
  }

  /** Identitet (Identity). */
  public PersonId id() {
    return id;
  }

  /** Förnamn (Given name). */
  public String givenName() {
    return givenName;
  }

  /** Efternamn (Family name). */
  public String familyName() {
    return familyName;
  }

  /** Födelsedatum (Date of birth). */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Skyddade personuppgifter (Protected personal data). */
  public ProtectionLevel protection() {
    return protection;
  }

  /** Adress (Address). */
  public Address address() {
    return address;
  }

  /** Telefon (Phone). */
  public String phone() {
    return phone;
  }

  /** E-post (Email). */
  public String email() {
    return email;
  }

  /** Tolkbehov, språk (Interpreter needed, language). */
  public String interpreterLanguage() {
    return interpreterLanguage;
  }

  /** Undanhållna uppgifter (Withheld fields): wire names of the fields the sender withheld. */
  public List<String> withheld() {
    return withheld == null ? List.of() : Collections.unmodifiableList(withheld);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Person)) {
      return false;
    }
    Person other = (Person) o;
    return Objects.equals(id(), other.id())
        && Objects.equals(givenName(), other.givenName())
        && Objects.equals(familyName(), other.familyName())
        && Objects.equals(birthDate(), other.birthDate())
        && Objects.equals(protection(), other.protection())
        && Objects.equals(address(), other.address())
        && Objects.equals(phone(), other.phone())
        && Objects.equals(email(), other.email())
        && Objects.equals(interpreterLanguage(), other.interpreterLanguage())
        && Objects.equals(withheld(), other.withheld());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id(),
        givenName(),
        familyName(),
        birthDate(),
        protection(),
        address(),
        phone(),
        email(),
        interpreterLanguage(),
        withheld());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Person[" + "id=" + id + ", " + "protection=" + protection + "]";
  }

  /** Builds a {@link Person}; not thread-safe. */
  public static final class Builder {

    private PersonId id;
    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private ProtectionLevel protection;
    private Address address;
    private String phone;
    private String email;
    private String interpreterLanguage;
    private final List<String> withheld = new ArrayList<>();

    private Builder() {}

    /** Identitet (Identity). */
    public Builder id(PersonId id) {
      this.id = id;
      return this;
    }

    /** Förnamn (Given name). */
    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    /** Efternamn (Family name). */
    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    /** Födelsedatum (Date of birth). */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** Skyddade personuppgifter (Protected personal data). */
    public Builder protection(ProtectionLevel protection) {
      this.protection = protection;
      return this;
    }

    /** Adress (Address). */
    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    /** Telefon (Phone). */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** E-post (Email). */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Tolkbehov, språk (Interpreter needed, language). */
    public Builder interpreterLanguage(String interpreterLanguage) {
      this.interpreterLanguage = interpreterLanguage;
      return this;
    }

    /** Undanhållna uppgifter (Withheld fields): replaces the list. */
    public Builder withheld(Collection<? extends String> withheld) {
      this.withheld.clear();
      withheld.forEach(this::addWithheld);
      return this;
    }

    /** Adds one to Undanhållna uppgifter (Withheld fields): a wire name of this person's fields. */
    public Builder addWithheld(String field) {
      this.withheld.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /** A new {@link Person} with this builder's values; the builder can be reused. */
    public Person build() {
      return new Person(this);
    }
  }
}
