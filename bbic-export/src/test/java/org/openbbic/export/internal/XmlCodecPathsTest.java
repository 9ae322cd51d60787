package org.openbbic.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.export.BbicSchemas;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.export.fuzz.Damage;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.internal.FindingSink;

/**
 * The one-pass XML read (SAX, no XSD, the clean filter checking lexical forms) is sound and changes
 * nothing: every document it accepts is valid for the published XSD (checked with a plain {@code
 * javax.xml.validation} validator; a text's length and pattern, which the model's constraints check
 * after binding on both paths, aside) and reads without findings on the exact path; and for every
 * input the read gives the same object and findings with and without the attempt, in both
 * strictness modes. Inputs: generated documents of every type and case files, valid, with each
 * thing only the XSD judges (attributes, xsi:nil, text between elements, white space or another
 * spelling of a date, date-time, yes/no or code, year 0000, offsets past ±14:00, comments and CDATA
 * inside a value), structural faults and random damage.
 */
class XmlCodecPathsTest {

  private static final long SEED = Seeds.seed();
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static Schema xsd;

  @BeforeAll
  static void loadTheXsdIndependently() throws Exception {
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try (InputStream in = BbicSchemas.xsd().openStream()) {
      xsd = sf.newSchema(new StreamSource(in, BbicSchemas.xsd().toString()));
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("org.openbbic.export.internal.ReadInputs#modesAndTypes")
  void theOnePassReadIsSoundAndChangesNothing(Strictness strictness, Class<?> type, String name)
      throws Exception {
    XmlCodec codec = new XmlCodec(ReadLimits.defaults(), strictness);
    BbicGenerator gen = new BbicGenerator(SEED);
    Object value = type == CaseFile.class ? gen.caseFile() : gen.document(FormType.valueOf(name));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.write(value, out);
    String valid = out.toString(UTF8);
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    List<String> inputs = variants(valid);
    for (int round = 0; round < 15; round++) {
      inputs.add(
          new String(Damage.damage(valid.getBytes(UTF8), random, "<>/=\"' &;x1", false), UTF8));
    }
    int accepted = 0;
    for (int i = 0; i < inputs.size(); i++) {
      byte[] bytes = inputs.get(i).getBytes(UTF8);
      String context = Seeds.describe(SEED) + ", " + strictness + " " + name + " input " + i;
      FindingSink fast = ReadFindings.sink(Locale.ENGLISH, 0);
      FindingSink exact = ReadFindings.sink(Locale.ENGLISH, 0);
      Object one = codec.read(bytes, bytes.length, type, fast, null, true);
      Object staged = codec.read(bytes, bytes.length, type, exact, null, false);
      assertThat(one).as(context).isEqualTo(staged);
      assertThat(fast.findings()).as(context).isEqualTo(exact.findings());
      XmlCodec.Clean<?> clean =
          codec.readClean(bytes, bytes.length, type, new Positions(bytes, bytes.length));
      if (clean != null) {
        accepted++;
        assertThat(exact.findings()).as(context).isEmpty();
        assertThat(clean.value()).as(context).isEqualTo(staged);
        assertThat(xsdErrorsButTextFacets(bytes))
            .as("%s: accepted in one pass, so valid for the XSD", context)
            .isEmpty();
      }
    }
    byte[] validBytes = valid.getBytes(UTF8);
    assertThat(
            codec.readClean(
                validBytes, validBytes.length, type, new Positions(validBytes, validBytes.length)))
        .as("%s: the valid document reads in one pass", Seeds.describe(SEED))
        .isNotNull();
    assertThat(accepted).as(Seeds.describe(SEED)).isLessThan(inputs.size());
  }

  /**
   * The XSD's errors on {@code bytes}, leaving out the length and pattern of a text (the facets of
   * the anonymous text types, and the {@code cvc-type.3.1.3} each is followed by): the reader
   * leaves those to the model's constraints on both paths, so the one-pass path does not check
   * them.
   */
  private static List<String> xsdErrorsButTextFacets(byte[] bytes) throws Exception {
    List<String> errors = new ArrayList<>();
    boolean[] afterFacet = {false};
    javax.xml.validation.Validator v = xsd.newValidator();
    v.setErrorHandler(
        new org.xml.sax.ErrorHandler() {
          @Override
          public void warning(org.xml.sax.SAXParseException e) {}

          @Override
          public void error(org.xml.sax.SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            boolean facet =
                (m.startsWith("cvc-maxLength-valid") || m.startsWith("cvc-pattern-valid"))
                    && m.contains("#AnonType_");
            if (facet || (afterFacet[0] && m.startsWith("cvc-type.3.1.3"))) {
              afterFacet[0] = facet;
              return;
            }
            afterFacet[0] = false;
            errors.add(m);
          }

          @Override
          public void fatalError(org.xml.sax.SAXParseException e) {
            errors.add(String.valueOf(e.getMessage()));
          }
        });
    v.validate(new StreamSource(new ByteArrayInputStream(bytes)));
    return errors;
  }

  /** Replaces the first match of {@code regex} (its group 1 when it has one). */
  private static String first(String s, String regex, String replacement) {
    Matcher m = Pattern.compile(regex).matcher(s);
    if (!m.find()) {
      return s;
    }
    int g = m.groupCount() >= 1 ? 1 : 0;
    return s.substring(0, m.start(g)) + replacement + s.substring(m.end(g));
  }

  /** The valid document and its variants, each with one thing only the XSD (or parser) judges. */
  private static List<String> variants(String valid) {
    List<String> out = new ArrayList<>();
    out.add(valid);
    String xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    out.add(first(valid, "<[a-zA-Z]+ xmlns=\"urn:openbbic:bbic:1\"()", " a=\"1\""));
    out.add(first(valid, "<[a-zA-Z]+ xmlns=\"urn:openbbic:bbic:1\"()", xsi + " xsi:nil=\"true\""));
    out.add(
        first(
            valid,
            "<[a-zA-Z]+ xmlns=\"urn:openbbic:bbic:1\"()",
            xsi + " xsi:schemaLocation=\"urn:openbbic:bbic:1 x.xsd\""));
    out.add(first(valid, "<caseId()>", xsi + " xsi:nil=\"true\""));
    out.add(first(valid, "<caseId()>", " xml:lang=\"sv\""));
    out.add(first(valid, "</caseId>()", "x"));
    // a text's pattern and length: the XSD's facets, left to the model's constraints on both paths
    out.add(first(valid, "<municipalityCode>([0-9]{4})<", "12x4"));
    out.add(first(valid, "<caseId>([^<]*)<", "x".repeat(5000)));
    out.add(first(valid, "<question>([^<]*)<", "q".repeat(5000)));
    out.add(first(valid, "<field>([^<]*)<", "colour"));
    out.add(first(valid, "</caseId>()", "<?pi data?>"));
    out.add(first(valid, "</caseId>()", "<!-- comment -->"));
    out.add(first(valid, "<[a-zA-Z]+s>()\\s*<", "text"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", " 2024-01-31 "));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "2024-02-30"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "0000-01-01"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "2024-01-31Z"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "2024-<!--c-->01-31"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "&#50;024-01-31"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", "<![CDATA[2024-01-31]]>"));
    out.add(first(valid, ">([0-9]{4}-[0-9]{2}-[0-9]{2})<", ""));
    for (String offset : List.of("Z", "+14:00", "-14:00", "+14:01", "+15:00", "+13:59", "")) {
      out.add(first(valid, "T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(Z|[+-][0-9:]+)<", offset));
    }
    out.add(first(valid, "T([0-9]{2}:[0-9]{2}:[0-9]{2})", "24:00:00"));
    out.add(first(valid, "T([0-9]{2}:[0-9]{2}:[0-9]{2})", "12:00"));
    for (String bool : List.of("1", "0", " true", "TRUE", "", "<![CDATA[true]]>")) {
      out.add(first(valid, ">(true|false)<", bool));
    }
    Matcher code = Pattern.compile(">([A-Z][A-Z_0-9]{2,})<").matcher(valid);
    if (code.find()) {
      String c = code.group(1);
      for (String v : List.of(c.toLowerCase(Locale.ROOT), " " + c, c + " ", "", "NO_SUCH_CODE")) {
        out.add(valid.substring(0, code.start(1)) + v + valid.substring(code.end(1)));
      }
    }
    out.add(first(valid, "</caseId>()", "<unknownField>1</unknownField>"));
    out.add(first(valid, "(<caseId>[^<]*</caseId>)", "<caseId>a</caseId><caseId>b</caseId>"));
    out.add(
        first(valid, "<schemaVersion>[^<]*</schemaVersion>(\\s*)<", "<x:y xmlns:x=\"urn:x\"/>"));
    out.add(valid.substring(0, valid.length() / 2));
    out.add(valid + "<trailing/>");
    out.add(valid + "trailing");
    return out;
  }
}
