package org.openbbic.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hardening corpus for anything that reads untrusted payloads (the readers, the tool, the
 * service, a vendor's own endpoint): an external entity naming a local file, entity expansion, deep
 * nesting, a huge string and a huge number, garbage, truncation, and every syntax and schema
 * variant of the {@link Corpus}. Each must be refused with findings, quickly, and no answer may
 * hold {@link #SECRET}.
 *
 * @since 0.1
 */
public final class HostilePayloads {

  /** The text of the local file the external entity names; no answer may hold it. */
  public static final String SECRET = "HEMLIGT-INNEHALL-PA-DISKEN";

  private HostilePayloads() {}

  /**
   * The payloads by name, in a stable order.
   *
   * @param secretFile a local file holding {@link #SECRET}, which the external entity names
   */
  public static Map<String, byte[]> payloads(Path secretFile) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put(
        "xxe",
        utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE caseFile [<!ENTITY x SYSTEM \""
                + secretFile.toUri()
                + "\">]><caseFile xmlns=\"urn:openbbic:bbic:1\"><caseId>&x;</caseId></caseFile>"));
    StringBuilder lol =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY a").append(i).append(" \"");
      lol.append(("&a" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
    }
    lol.append("]><caseFile xmlns=\"urn:openbbic:bbic:1\"><caseId>&a9;</caseId></caseFile>");
    out.put("entity-expansion", utf8(lol.toString()));
    out.put("deep-json", utf8("{\"a\":".repeat(50_000)));
    out.put("deep-xml", utf8("<caseFile xmlns=\"urn:openbbic:bbic:1\">" + "<x>".repeat(50_000)));
    out.put("huge-string", utf8("{\"caseId\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}"));
    out.put("huge-number", utf8("{\"caseId\":1" + "0".repeat(100_000) + "}"));
    out.put("garbage", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x7B, 0x22});
    out.put("truncated", utf8("{\"caseId\":\"A-1\",\"child\":{\"givenName\":\"Al"));
    out.put("batch-garbage", utf8("{\"caseId\":\"A\"}\n{\"caseId\":\n\u0000\u0001"));
    for (Corpus.RawEntry raw : Corpus.rawEntries()) {
      try (InputStream in = Corpus.open(raw.baseFile())) {
        out.put("corpus " + raw.file(), raw.apply(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
