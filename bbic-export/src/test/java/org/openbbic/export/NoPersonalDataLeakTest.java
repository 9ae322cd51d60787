package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Report;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.Finding;

/**
 * No identity number and no free text from a payload reaches a finding's message, arguments or text
 * form, a result's text form, an exception message or a log line: bad payloads built around
 * identity numbers and a marker sentence are read in both formats and both languages, with the
 * library logging at debug level, and everything is scanned.
 */
class NoPersonalDataLeakTest {

  private static final Pattern IDENTITY = Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");
  private static final String PNR = "19800101-1234";
  private static final String FREE_TEXT = "Hemlig berättelse om barnet";
  private static final String NS = WireFormat.NAMESPACE;

  private static List<String> jsonPayloads() {
    String text = FREE_TEXT + " " + PNR;
    return List.of(
        "{\"" + PNR + "\": 1}",
        "{\"198001011234\": \"" + text + "\"}",
        "{\"caseId\": \"" + text + "\", \"caseId\": \"" + PNR + "\"}",
        "{\"reports\": [{\"receivedAt\": \"" + PNR + "\"}]}",
        "{\"reports\": [{\"receivedDate\": \"" + PNR + "\"}]}",
        "{\"reports\": [{\"mandatoryReporter\": \"" + text + "\"}]}",
        "{\"reports\": [{\"kind\": \"" + PNR + "\"}]}",
        "{\"child\": {\"id\": {\"type\": \"PERSONNUMMER\", \"value\": \"" + PNR + "\"}}}",
        "{\"child\": \"" + text + "\"}",
        "{\"caseId\": \"" + text + "\"",
        "{\"caseId\": " + PNR + "}",
        "{\"caseId\": \"" + text + "\"} " + PNR,
        "{\"caseId\": \"" + "x".repeat(300) + PNR + "\"}",
        "[\"" + text + "\"]",
        text);
  }

  private static List<String> xmlPayloads() {
    String text = FREE_TEXT + " " + PNR;
    String open = "<caseFile xmlns=\"" + NS + "\">";
    return List.of(
        open + "<a" + "198001011234>x</a198001011234></caseFile>",
        open + "<nickname>" + text + "</nickname></caseFile>",
        open + "<caseId>" + text + "</caseId><caseId>" + PNR + "</caseId></caseFile>",
        open
            + "<reports><report><receivedAt>"
            + PNR
            + "</receivedAt></report></reports></caseFile>",
        open + "<reports><report><kind>" + PNR + "</kind></report></reports></caseFile>",
        open
            + "<reports><report><mandatoryReporter>"
            + text
            + "</mandatoryReporter></report></reports></caseFile>",
        open + "<child>" + text + "</child></caseFile>",
        open + "<caseId attr=\"" + text + "\">x</caseId></caseFile>",
        open + "<caseId>" + text + "</caseId>",
        open + "<caseId>" + text + "</caseId></caseFile><" + PNR + "/>",
        open + "<caseId>" + "x".repeat(300) + PNR + "</caseId></caseFile>",
        "<!DOCTYPE caseFile [<!ENTITY e \""
            + text
            + "\">]>"
            + open
            + "<caseId>&e;</caseId></caseFile>",
        "<" + "report xmlns=\"" + NS + "\"><concern>" + text + "</concern></report>",
        open + "<caseId>" + text + "</caseId><schemaVersion>" + PNR + "</schemaVersion></caseFile>",
        text);
  }

  /** The file the tests' logger writes to (see simplelogger.properties). */
  private static String readLogFile() {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target/openbbic-tests.log");
      return java.nio.file.Files.exists(file)
          ? java.nio.file.Files.readString(file, StandardCharsets.UTF_8)
          : "";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void nothingFromThePayloadLeaks() {
    BbicExport small =
        BbicExport.builder().limits(ReadLimits.builder().maxStringLength(200).build()).build();
    BbicExport lenient = BbicExport.builder().strictness(Strictness.LENIENT).build();
    List<String> seen = new ArrayList<>();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    int findings = 0;
    try {
      for (BbicExport export : new BbicExport[] {RoundTripTest.EXPORT, small, lenient}) {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("sv-SE"), Locale.ENGLISH}) {
          for (Format format : Format.values()) {
            for (String payload : format == Format.JSON ? jsonPayloads() : xmlPayloads()) {
              for (Class<?> type : new Class<?>[] {CaseFile.class, Report.class}) {
                ReadResult<?> result =
                    export
                        .reader(format, type)
                        .withLocale(locale)
                        .read(payload.getBytes(StandardCharsets.UTF_8));
                seen.add(result.toString());
                for (Finding f : result.findings()) {
                  findings++;
                  seen.add(f.message());
                  seen.add(f.toString());
                  seen.add(f.pointer());
                  seen.add(String.valueOf(f.arguments()));
                }
              }
            }
          }
        }
      }
      // A writer refusing what XML cannot carry names no value either.
      CaseFile unwritable = CaseFile.builder().caseId(PNR + "\u0001" + FREE_TEXT).build();
      try {
        RoundTripTest.EXPORT.writer(Format.XML).writeBytes(unwritable);
        seen.add("no exception");
      } catch (RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          seen.add(String.valueOf(t.getMessage()));
          seen.add(t.toString());
        }
      }
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    String logText = logs.toString(StandardCharsets.UTF_8) + readLogFile();
    assertThat(logText).as("the library's debug lines were captured").contains("refused");
    seen.add(logText);
    assertThat(findings).as("the payloads must give findings").isGreaterThan(100);
    assertThat(seen).doesNotContain("no exception");
    for (String s : seen) {
      assertThat(IDENTITY.matcher(s).find()).as("identity number in: %s", s).isFalse();
      assertThat(s).doesNotContain(FREE_TEXT).doesNotContain("Hemlig");
    }
  }
}
