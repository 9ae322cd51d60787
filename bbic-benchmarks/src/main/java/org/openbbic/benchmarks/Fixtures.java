package org.openbbic.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.time.LocalDate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutators;

/**
 * The objects and payloads every benchmark works on, and the plain-library baselines configured
 * once. The documents are a full investigation (every need area assessed) and a full case file,
 * from a fixed seed so every run measures the same bytes.
 *
 * <p>Immutable after construction; the contexts it holds are thread-safe (JAXB unmarshallers are
 * made per operation).
 *
 * @since 0.1
 */
public final class Fixtures {

  /** The seed of the measured documents. */
  public static final long SEED = 20_261_123L;

  /** The openbbic context with its default validator. */
  public final BbicExport export = BbicExport.builder().build();

  /** Plain Jackson: same classes, field access, JSR-310 dates, no checks of any kind. */
  public final ObjectMapper jackson =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .enable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** Plain JAXB over the same classes, without a schema. */
  public final JAXBContext jaxb;

  /** Plain Hibernate Validator with the parameter interpolator (no EL). */
  public final Validator hibernate;

  /** The full case file and the day it is judged on. */
  public final CaseFile caseFile;

  /** The day after the case file's closure. */
  public final LocalDate asOf;

  /** The case file's first investigation, written alone. */
  public final Investigation investigation;

  /**
   * Makes the fixtures.
   *
   * @throws IllegalStateException when JAXB cannot bind the form classes
   */
  public Fixtures() {
    BbicGenerator gen = new BbicGenerator(SEED);
    caseFile = gen.caseFile();
    asOf = Mutators.asOf(caseFile);
    investigation = (Investigation) new BbicGenerator(SEED).document(FormType.INVESTIGATION);
    try {
      jaxb = JAXBContext.newInstance(CaseFile.class, Investigation.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("JAXB context", e);
    }
    ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    hibernate = factory.getValidator();
  }

  /** The measured object named by a {@code doc} parameter. */
  public Object value(String doc) {
    return switch (doc) {
      case "investigation" -> investigation;
      case "caseFile" -> caseFile;
      default -> throw new IllegalArgumentException(doc);
    };
  }

  /** Its class. */
  public Class<?> type(String doc) {
    return value(doc).getClass();
  }

  /**
   * The payload of {@code doc} in {@code format}, written by openbbic in full ({@code
   * internal-unmasked}: the investigation on its own keeps its child, as plain Jackson writes it).
   */
  public byte[] bytes(String doc, Format format) {
    return export
        .writer(format)
        .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
        .writeBytes(value(doc));
  }
}
