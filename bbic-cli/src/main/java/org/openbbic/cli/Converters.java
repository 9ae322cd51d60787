package org.openbbic.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.openbbic.export.Format;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.level.ValidationLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line value converters with messages that name what is expected. */
final class Converters {

  /** Dates and "today" are Swedish local dates. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private Converters() {}

  static final class Level implements ITypeConverter<ValidationLevel> {
    @Override
    public ValidationLevel convert(String value) {
      try {
        return ValidationLevel.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("draft, complete eller signed");
      }
    }
  }

  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("ett datum ÅÅÅÅ-MM-DD");
      }
    }
  }

  /** A recipient policy by its preset name. */
  static final class Recipient implements ITypeConverter<RecipientPolicy> {
    /** The names {@code --recipient} takes, the default first. */
    static final String NAMES = "internal|internal-unmasked|court|guardian";

    @Override
    public RecipientPolicy convert(String value) {
      return RecipientPolicy.preset(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException("internal, internal-unmasked, court eller guardian"));
    }
  }

  /** A protection level by its code, in lower case with {@code -} or {@code _}. */
  static final class Protection implements ITypeConverter<ProtectionLevel> {
    @Override
    public ProtectionLevel convert(String value) {
      try {
        return ProtectionLevel.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "none, sekretessmarkering, skyddad-folkbokforing eller fingerade-personuppgifter");
      }
    }
  }

  static final class FormatName implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("json eller xml");
      }
    }
  }
}
