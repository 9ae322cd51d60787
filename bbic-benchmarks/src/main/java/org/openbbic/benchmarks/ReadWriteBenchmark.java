package org.openbbic.benchmarks;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.stream.StreamSource;
import org.openbbic.export.BbicReader;
import org.openbbic.export.BbicWriter;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.ValidationLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading, writing and the whole untrusted-bytes pipeline in JSON and XML, next to plain Jackson
 * and plain JAXB on the same bytes and classes.
 *
 * <p>JMH state, one instance per benchmark trial; the readers and writers are thread-safe.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadWriteBenchmark {

  /** The measured document. */
  @Param({"investigation", "caseFile"})
  public String doc;

  private Fixtures f;
  private Class<?> type;
  private byte[] json;
  private byte[] xml;
  private Object value;
  private BbicReader<?> readJson;
  private BbicReader<?> readXml;
  private BbicReader<?> pipelineJson;
  private BbicReader<?> pipelineXml;
  private BbicWriter writeJson;
  private BbicWriter writeXml;

  /** Prepares payloads, readers and writers. */
  @Setup
  public void setUp() {
    f = new Fixtures();
    type = f.type(doc);
    value = f.value(doc);
    json = f.bytes(doc, Format.JSON);
    xml = f.bytes(doc, Format.XML);
    readJson = f.export.reader(Format.JSON, type).withLevel(null);
    readXml = f.export.reader(Format.XML, type).withLevel(null);
    pipelineJson =
        f.export.reader(Format.JSON, type).withLevel(ValidationLevel.COMPLETE).withAsOf(f.asOf);
    pipelineXml =
        f.export.reader(Format.XML, type).withLevel(ValidationLevel.COMPLETE).withAsOf(f.asOf);
    // Written in full, like the plain Jackson and JAXB baselines (the default policy would take
    // the child of the investigation on its own out of its header).
    writeJson = f.export.writer(Format.JSON).withPolicy(RecipientPolicy.INTERNAL_UNMASKED);
    writeXml = f.export.writer(Format.XML).withPolicy(RecipientPolicy.INTERNAL_UNMASKED);
    check(readJson.read(json));
    check(readXml.read(xml));
    check(pipelineJson.read(json));
    check(pipelineXml.read(xml));
  }

  private static void check(ReadResult<?> r) {
    if (r.value().isEmpty() || !r.findings().isEmpty()) {
      throw new IllegalStateException("fixture does not read cleanly: " + r.findings().size());
    }
  }

  /** openbbic: JSON bytes to object, with syntax and schema checks, no validation. */
  @Benchmark
  public Object oursReadJson() {
    return readJson.read(json);
  }

  /**
   * openbbic: XML bytes to object, hardened parser, tracker and schema-stage checks (the XSD only
   * for a document the one pass cannot show clean), no validation.
   */
  @Benchmark
  public Object oursReadXml() {
    return readXml.read(xml);
  }

  /** openbbic: the whole pipeline, JSON bytes to object, COMPLETE level and case rules. */
  @Benchmark
  public Object oursPipelineJson() {
    return pipelineJson.read(json);
  }

  /** openbbic: the whole pipeline, XML bytes to object, COMPLETE level and case rules. */
  @Benchmark
  public Object oursPipelineXml() {
    return pipelineXml.read(xml);
  }

  /** openbbic: object to JSON bytes. */
  @Benchmark
  public byte[] oursWriteJson() {
    return writeJson.writeBytes(value);
  }

  /** openbbic: object to XML bytes. */
  @Benchmark
  public byte[] oursWriteXml() {
    return writeXml.writeBytes(value);
  }

  /** Baseline: plain Jackson reading the same JSON bytes into the same classes. */
  @Benchmark
  public Object jacksonReadJson() throws IOException {
    return f.jackson.readValue(json, type);
  }

  /**
   * Floor of the pipeline: plain Jackson reading the same bytes, then plain Hibernate Validator at
   * the COMPLETE level — no syntax or limit checks, no rules, no findings made. No pipeline that
   * reads and checks constraints with these two libraries can be cheaper.
   */
  @Benchmark
  public Object floorPipelineJson() throws IOException {
    Object read = f.jackson.readValue(json, type);
    return f.hibernate.validate(read, Complete.class);
  }

  /** Baseline: plain Jackson writing the same object. */
  @Benchmark
  public byte[] jacksonWriteJson() throws IOException {
    return f.jackson.writeValueAsBytes(value);
  }

  /** Baseline: plain JAXB unmarshalling the same XML bytes. */
  @Benchmark
  public Object jaxbReadXml() throws JAXBException {
    return f.jaxb
        .createUnmarshaller()
        .unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type)
        .getValue();
  }

  /** Baseline: plain JAXB marshalling the same object. */
  @Benchmark
  public byte[] jaxbWriteXml() throws JAXBException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    f.jaxb.createMarshaller().marshal(value, out);
    return out.toByteArray();
  }
}
