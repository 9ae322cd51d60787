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
 * <p>The value is kept as received, except that a valid personnummer or samordningsnummer written
 * the way people write it ({@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}, {@code YYMMDDNNNC} or {@code
 * YYYYMMDD-NNNC}) is stored in its canonical 12-character form once its document is known: {@link
 * #normalized(LocalDate)}, which the readers of bbic-export apply with the document's own date. The
 * writing it came in stays available from {@link #received()} for the life of the object; it is
 * never written out. Whether a value is a valid number is a validation question ({@link
 * #personnummer()}). {@link #toString()} is masked. Immutable and thread-safe.
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

  /**
   * The value as received when {@link #normalized(LocalDate)} rewrote it, else {@code null}.
   * Transient: neither format binds it, and a payload that holds it has an unknown field.
   */
  private transient String received;

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

  /** The identifier as stored; personal data: never log it. */
  public String value() {
    return value;
  }

  /**
   * The identifier as it was received, before {@link #normalized(LocalDate)} gave it its canonical
   * form; the same as {@link #value()} when it was not rewritten. Kept in memory only: no writer
   * puts it in a payload, and it takes no part in {@link #equals(Object)}. Personal data: never log
   * it.
   */
  public String received() {
    return received != null ? received : value;
  }

  /**
   * This identifier with a personnummer or samordningsnummer in its canonical 12-character form
   * ({@code YYYYMMDDNNNC}): a valid number written with 10 digits takes its century from the
   * separator and {@code referenceDate} ({@link Personnummer#parse(CharSequence, LocalDate)}); the
   * writing {@code YYYYMMDD-NNNC} loses its separator. The new identifier keeps the type and
   * answers the old writing from {@link #received()}.
   *
   * <p>Returns this identifier unchanged when its value is already 12 characters, is not a valid
   * number (validation reports it), or when it is a reservnummer (local formats are kept as given).
   * The type is not corrected: a samordningsnummer typed as personnummer stays a validation
   * finding.
   *
   * @param referenceDate the date a 10-digit form is read against: the date of the document it
   *     stands in
   */
  public PersonId normalized(LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    if (type == null || type == IdType.RESERVNUMMER || value == null || value.length() == 12) {
      return this;
    }
    Optional<Personnummer> number = Personnummer.tryParse(value, referenceDate);
    if (number.isEmpty()) {
      return this;
    }
    PersonId canonical = new PersonId(type, number.get().format());
    canonical.received = received();
    return canonical;
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

  /** Equal type and {@link #value()}; the {@link #received()} writing does not count. */
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
