package org.openbbic.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.print.BbicPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Printing an investigation to PDF for the internal recipient: the full investigation of the
 * fixtures, and the same with a long analysis and an unbroken 288-letter word (bbic-print's
 * PdfTest's long-text document, whose rendering time that test once asserted).
 *
 * <p>JMH state, one instance per trial; the printer is thread-safe.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PrintBenchmark {

  /** The printed document. */
  @Param({"investigation", "investigationLongText"})
  public String doc;

  private final BbicPrinter printer = BbicPrinter.forRecipient(RecipientPolicy.INTERNAL);
  private Investigation document;

  /** Builds the document. */
  @Setup
  public void setUp() {
    Investigation investigation = new Fixtures().investigation;
    if (doc.equals("investigation")) {
      document = investigation;
    } else {
      String token = "Övergångsbestämmelsernas".repeat(12);
      document =
          investigation.toBuilder()
              .analysis("Analys och bedömning. ".repeat(800))
              .reason(token + " " + token)
              .build();
    }
  }

  /** openbbic: the PDF, tagged, with embedded fonts. */
  @Benchmark
  public byte[] oursPdf() {
    return printer.pdf(document);
  }
}
