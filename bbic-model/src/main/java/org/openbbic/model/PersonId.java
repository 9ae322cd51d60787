package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openbbic.model.level.Draft;

/**
 * How a person is identified (identitet): a personnummer, samordningsnummer or local reservnummer.
 *
 * <p>The value is kept exactly as received, so reading a payload never loses or rewrites an
 * identifier; whether it is a valid number is a validation question ({@link #personnummer()}).
 * {@link #toString()} is masked. Immutable and thread-safe.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"type", "value"})
@JsonPropertyOrder({"type", "value"})
public final class PersonId {

  /** Characters a stored identifier may hold: digits, ASCII letters, {@code -} and {@code +}. */
  public static final String VALUE_PATTERN = "[0-9A-Za-z+-]{1,32}";

  /** Identifiertyp. */
  @NotNull(groups = Draft.class)
  private IdType type;

  /** Identitetsbeteckning: 12 characters with century for a personnummer or samordningsnummer. */
  @NotNull(groups = Draft.class)
  @Pattern(regexp = VALUE_PATTERN, groups = Draft.class)
  private String value;

  private PersonId() {}

  private PersonId(IdType type, String value) {
    this.type = type;
    this.value = value;
  }

  /** The identifier of a personnummer or samordningsnummer, typed by its kind. */
  public static PersonId of(Personnummer number) {
    IdType type =
        switch (number.kind()) {
          case SAMORDNINGSNUMMER -> IdType.SAMORDNINGSNUMMER;
          case PERSONNUMMER -> IdType.PERSONNUMMER;
          case INTERIM -> IdType.RESERVNUMMER;
        };
    return new PersonId(type, number.format());
  }

  /** A municipality-local reservnummer, kept as given. */
  public static PersonId reservnummer(String value) {
    return new PersonId(IdType.RESERVNUMMER, Objects.requireNonNull(value, "value"));
  }

  /** An identifier of the given type and value, unchecked (as read from a payload). */
  public static PersonId of(IdType type, String value) {
    return new PersonId(
        Objects.requireNonNull(type, "type"), Objects.requireNonNull(value, "value"));
  }

  /** Identifiertyp. */
  public IdType type() {
    return type;
  }

  /** The identifier exactly as stored; personal data: never log it. */
  public String value() {
    return value;
  }

  /**
   * The personnummer or samordningsnummer this identifier holds, when it is one and valid (12
   * characters with century); empty for a reservnummer or an invalid value.
   */
  public Optional<Personnummer> personnummer() {
    if (type == IdType.RESERVNUMMER || value == null || value.length() != 12) {
      return Optional.empty();
    }
    return Personnummer.tryParse(value, (LocalDate) null);
  }

  /** A form safe for logs: the type and at most the year of a number. */
  public String masked() {
    return type + ":" + personnummer().map(Personnummer::masked).orElse("****");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonId
        && ((PersonId) o).type == type
        && Objects.equals(((PersonId) o).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  /** Masked, see {@link #masked()}. */
  @Override
  public String toString() {
    return masked();
  }
}
