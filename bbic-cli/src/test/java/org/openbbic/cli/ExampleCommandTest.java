package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.level.ValidationLevel;

/** In-process: every document type's example is valid at the signed level, in both formats. */
class ExampleCommandTest {

  @Test
  void everyDocumentTypeHasAValidSignedExampleWithTestNumbersOnly() {
    BbicExport export = BbicExport.builder().build();
    for (TypeDefinition root : BbicModel.get().roots()) {
      String type = root.rootName().orElseThrow();
      for (Format format : Format.values()) {
        String text = run("example", type, "--to", format.name().toLowerCase());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Class<?> kind = BbicExport.detectType(bytes, format);
        assertThat(BbicModel.get().type(kind)).isSameAs(root);
        ReadResult<?> result =
            export.reader(format, kind).withLevel(ValidationLevel.SIGNED).read(bytes);
        assertThat(result.findings()).as("%s %s", type, format).isEmpty();
        // Identity numbers in examples come from the 980-999 test series only.
        assertThat(text).doesNotContainPattern("\\b(19|20)\\d{6}(?!9[89]\\d)\\d{4}\\b");
      }
    }
  }

  @Test
  void anUnknownTypeIsAUsageErrorThatNamesTheValidOnes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(BbicCli.run("example", "noSuchDocument")).isEqualTo(BbicCli.UNREADABLE);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("noSuchDocument")
        .contains("carePlan");
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(BbicCli.run(args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
