package org.openbbic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared vector of the personnummer project (MIT; see the NOTICE beside the files). */
class PersonnummerVectorsTest {

  /** The vectors were written for readings after 2015 and before any 1909-born person turns 200. */
  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  record Vector(Map<String, Object> fields, String file) {
    String get(String key) {
      return String.valueOf(fields.get(key));
    }

    boolean flag(String key) {
      return Boolean.TRUE.equals(fields.get(key));
    }

    @Override
    public String toString() {
      return file + ":" + get("separated_long");
    }
  }

  static Stream<Vector> vectors() throws IOException {
    ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return Stream.of("list.json", "interim.json")
        .flatMap(
            file -> {
              try (InputStream in =
                  PersonnummerVectorsTest.class.getResourceAsStream("personnummer/" + file)) {
                List<Map<String, Object>> rows = mapper.readValue(in, new TypeReference<>() {});
                return rows.stream().map(r -> new Vector(r, file));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void everyWritingHasTheExpectedVerdict(Vector v) {
    for (String form :
        List.of("long_format", "short_format", "separated_format", "separated_long")) {
      assertThat(Personnummer.isValid(v.get(form), REFERENCE))
          .as("%s as %s", v, form)
          .isEqualTo(v.flag("valid"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void validNumbersFormatBackToTheirWritings(Vector v) {
    if (!v.flag("valid")) {
      return;
    }
    Personnummer fromLong = Personnummer.parse(v.get("long_format"));
    assertThat(fromLong.format()).isEqualTo(v.get("long_format"));
    assertThat(fromLong.formatLong())
        .isEqualTo(v.get("long_format").substring(0, 8) + "-" + v.get("long_format").substring(8));
    assertThat(fromLong.formatShort(REFERENCE)).isEqualTo(v.get("separated_format"));
    // The separated short form carries its century ('+' for 100 or more), so it reads back exactly.
    assertThat(Personnummer.parse(v.get("separated_format"), REFERENCE)).isEqualTo(fromLong);
    assertThat(Personnummer.parse(v.get("separated_long"))).isEqualTo(fromLong);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void kindAndSexFollowTheVector(Vector v) {
    if (!v.flag("valid")) {
      return;
    }
    Personnummer p = Personnummer.parse(v.get("long_format"));
    switch (v.get("type")) {
      case "ssn" -> assertThat(p.kind()).isEqualTo(Personnummer.Kind.PERSONNUMMER);
      case "con" -> assertThat(p.kind()).isEqualTo(Personnummer.Kind.SAMORDNINGSNUMMER);
      case "interim" -> assertThat(p.kind()).isEqualTo(Personnummer.Kind.INTERIM);
      default -> throw new AssertionError("unknown type in vector " + v);
    }
    Optional<Sex> expected =
        v.flag("isMale")
            ? Optional.of(Sex.MALE)
            : v.flag("isFemale") ? Optional.of(Sex.FEMALE) : Optional.empty();
    assertThat(p.sex()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void invalidNumbersAreRefusedWithoutEchoingThem(Vector v) {
    if (v.flag("valid")) {
      return;
    }
    String text = v.get("separated_long");
    assertThatThrownBy(() -> Personnummer.parse(text, REFERENCE))
        .isInstanceOf(InvalidPersonnummerException.class)
        .message()
        .doesNotContain(text)
        .doesNotContain(v.get("long_format").substring(2));
  }
}
