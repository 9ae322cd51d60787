package org.openbbic.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.HostilePayloads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How long the reader takes to refuse each payload of the test kit's hardening corpus ({@link
 * HostilePayloads}) as a case file at the signed level: the figure the robustness and service
 * safety tests once asserted as a time limit. Each payload must be refused (no object, a FATAL
 * finding) or the benchmark does not start.
 *
 * <p>JMH state, one instance per trial; the context is thread-safe.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HostileReadBenchmark {

  /** The payload's name in {@link HostilePayloads#payloads(Path)}. */
  @Param({
    "xxe",
    "entity-expansion",
    "deep-json",
    "deep-xml",
    "huge-string",
    "huge-number",
    "garbage",
    "truncated"
  })
  public String doc;

  private final BbicExport export = BbicExport.builder().build();
  private Path secret;
  private Format format;
  private byte[] payload;

  /**
   * Writes the file the external entity names and picks the payload.
   *
   * @throws IOException when the file cannot be written
   * @throws IllegalStateException when the payload is not refused
   */
  @Setup
  public void setUp() throws IOException {
    secret = Files.createTempFile("openbbic-secret", ".txt");
    Files.writeString(secret, HostilePayloads.SECRET, StandardCharsets.UTF_8);
    payload = HostilePayloads.payloads(secret).get(doc);
    if (payload == null) {
      throw new IllegalStateException("no hostile payload " + doc);
    }
    format = payload.length > 0 && payload[0] == '<' ? Format.XML : Format.JSON;
    ReadResult<CaseFile> r = read();
    if (r.value().isPresent() || r.findings().stream().noneMatch(f -> f.severity().isBlocking())) {
      throw new IllegalStateException(doc + " was not refused: " + r);
    }
  }

  /**
   * Removes the file.
   *
   * @throws IOException when it cannot be removed
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(secret);
  }

  ReadResult<CaseFile> read() {
    return export.reader(format, CaseFile.class).withLevel(ValidationLevel.SIGNED).read(payload);
  }

  /** openbbic: the hostile payload read and refused with its finding. */
  @Benchmark
  public Object oursRefuseHostile() {
    return read();
  }
}
