package org.openbbic.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.export.fuzz.Damage;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.internal.FindingSink;

/**
 * The one-pass read of a clean JSON record and the exact, staged read must agree on every input:
 * same object (or none) and the same findings in the same order, in both strictness modes. Inputs:
 * generated documents of every type and case files, each valid and broken at the limits (each
 * exactly at a limit and one over), with duplicates, unknown fields, wrong roots, trailing content,
 * truncation and random damage.
 */
class JsonCodecPathsTest {

  private static final long SEED = Seeds.seed();

  /**
   * Limits just above what the valid record needs (longest text, longest name, depth), so that
   * variants reach them.
   */
  private static ReadLimits limitsFor(String valid) {
    int[] longest = {0, 0};
    int depth;
    try {
      JsonNode root = new ObjectMapper().readTree(valid);
      depth = depth(root, longest);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return ReadLimits.builder()
        .maxDepth(depth + 1)
        .maxStringLength(longest[0] + 5)
        .maxNumberLength(6)
        .maxNameLength(longest[1] + 5)
        .build();
  }

  private static int depth(JsonNode node, int[] longest) {
    if (node.isTextual()) {
      longest[0] = Math.max(longest[0], node.textValue().length());
    }
    int below = 0;
    for (var it = node.fields(); it.hasNext(); ) {
      var member = it.next();
      longest[1] = Math.max(longest[1], member.getKey().length());
      below = Math.max(below, depth(member.getValue(), longest));
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        below = Math.max(below, depth(child, longest));
      }
    }
    return node.isContainerNode() ? below + 1 : 0;
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("org.openbbic.export.internal.ReadInputs#modesAndTypes")
  void bothPathsGiveTheSameResult(Strictness strictness, Class<?> type, String name) {
    BbicGenerator gen = new BbicGenerator(SEED);
    Object value = type == CaseFile.class ? gen.caseFile() : gen.document(FormType.valueOf(name));
    String valid;
    try {
      valid = new String(new JsonCodec(ReadLimits.defaults(), strictness).writeBytes(value), UTF8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ReadLimits limits = limitsFor(valid);
    JsonCodec codec = new JsonCodec(limits, strictness);
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    List<String> inputs = new ArrayList<>(variants(valid, limits));
    for (int round = 0; round < 40; round++) {
      inputs.add(
          new String(Damage.damage(valid.getBytes(UTF8), random, "{}[]\":,0-n", false), UTF8));
    }
    int clean = 0;
    for (int i = 0; i < inputs.size(); i++) {
      byte[] bytes = inputs.get(i).getBytes(UTF8);
      FindingSink fast = ReadFindings.sink(Locale.ENGLISH, 0);
      FindingSink exact = ReadFindings.sink(Locale.ENGLISH, 0);
      Object one = codec.read(bytes, bytes.length, type, fast, null, true);
      Object staged = codec.read(bytes, bytes.length, type, exact, null, false);
      String context = Seeds.describe(SEED) + ", " + strictness + " " + name + " input " + i;
      assertThat(one).as(context).isEqualTo(staged);
      assertThat(fast.findings()).as(context).isEqualTo(exact.findings());
      if (one != null && fast.findings().isEmpty()) {
        clean++;
      }
    }
    // Both outcomes occur: some inputs read cleanly, others are refused or reported.
    assertThat(clean).as(Seeds.describe(SEED)).isPositive().isLessThan(inputs.size());
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** Targeted variants of a valid record: each limit at and over, and each structural fault. */
  private static List<String> variants(String valid, ReadLimits limits) {
    List<String> out = new ArrayList<>();
    out.add(valid);
    String body = valid.substring(1);
    for (int over = 0; over <= 1; over++) {
      int name = limits.maxNameLength() + over;
      int text = limits.maxStringLength() + over;
      int nest = limits.maxDepth() - 1 + over;
      out.add("{\"" + "n".repeat(name) + "\":1," + body); // an unknown field's long name
      out.add("{\"u\":\"" + "s".repeat(text) + "\"," + body); // an unknown field's long text
      out.add("{\"u\":1" + "0".repeat(limits.maxNumberLength() - 1 + over) + "," + body);
      out.add("{\"u\":" + "[".repeat(nest) + "]".repeat(nest) + "," + body);
      // a known text field's value at and over the limit
      out.add(valid.replaceFirst("(\"[a-zA-Z]+\":\")[^\"]*\"", "$1" + "t".repeat(text) + "\""));
    }
    String firstField = valid.substring(1, valid.indexOf(':') + 1);
    int firstValueEnd = valid.indexOf(",\"");
    if (firstValueEnd > 0) {
      out.add("{" + valid.substring(1, firstValueEnd + 1) + body); // the first member twice
    }
    out.add("{" + firstField + "null," + body); // a duplicate whose first value is null
    out.add("[" + valid + "]");
    out.add("null");
    out.add("\"text\"");
    out.add(valid + " {}");
    out.add(valid + " x");
    out.add(valid.substring(0, valid.length() / 2));
    out.add(valid.replaceFirst("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", "\"2024-13-45\""));
    out.add(valid.replaceFirst(":\"[A-Z_]{3,}\"", ":\"NO_SUCH_CODE\""));
    out.add(valid.replaceFirst(":(true|false)", ":\"yes\""));
    out.add(valid.replaceFirst("\\[\\{", "[null,{"));
    return out;
  }
}
