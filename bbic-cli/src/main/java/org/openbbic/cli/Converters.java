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

  /** What a value should have been, in the run's language. */
  private static TypeConversionException expected(String key) {
    return new TypeConversionException(Texts.get(key, Language.current()));
  }

  /** {@code --lang}: sv or en. */
  static final class Lang implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return Language.parse(value).orElseThrow(() -> expected("conv.lang"));
    }
  }

  static final class Level implements ITypeConverter<ValidationLevel> {
    @Override
    public ValidationLevel convert(String value) {
      try {
        return ValidationLevel.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw expected("conv.level");
      }
    }
  }

  /** {@code --threads}: a whole number, at least 1. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw expected("conv.threads");
    }
  }

  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw expected("conv.date");
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
          .orElseThrow(() -> expected("conv.recipient"));
    }
  }

  /** A protection level by its code, in lower case with {@code -} or {@code _}. */
  static final class Protection implements ITypeConverter<ProtectionLevel> {
    @Override
    public ProtectionLevel convert(String value) {
      try {
        return ProtectionLevel.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw expected("conv.protection");
      }
    }
  }

  static final class FormatName implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw expected("conv.format");
      }
    }
  }
}
