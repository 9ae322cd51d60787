package org.openbbic.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchReader;
import org.openbbic.export.Format;
import org.openbbic.export.PayloadKind;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Finding;
import org.openbbic.validation.ValidationReport;

/**
 * Turns the command line's FILE arguments into read documents: {@code -} is standard input, a
 * directory is walked recursively in name order, and a batch file (NDJSON or an XML batch) yields
 * one document at a time, so memory does not grow with the batch.
 *
 * <p>{@link #take} splits taking a document from its input (here, in input order) from reading it
 * (the pipeline: syntax, schema, constraints, rules), which the {@link Supplier} it hands on does
 * on any thread; {@link #read} does both in turn.
 */
final class Documents {

  /** How much of an input is looked at to tell its kind: the first NDJSON line must fit. */
  private static final int HEAD = Format.DETECT_HEAD_BYTES;

  /** One document as read: where it came from, its place in its file, and the reader's result. */
  record Item(String file, int index, boolean batch, Class<?> type, ReadResult<?> result) {

    /** The case file read, when the input is one and could be read. */
    Optional<CaseFile> caseFile() {
      return result.caseFile();
    }

    /** The document read, when the input is one and could be read. */
    Optional<BbicDocument> document() {
      return result.document();
    }
  }

  private final BbicExport export;
  private final ValidationLevel level;
  private final LocalDate asOf;
  private final Locale locale;

  Documents(BbicExport export, ValidationLevel level, LocalDate asOf, Locale locale) {
    this.export = export;
    this.level = level;
    this.asOf = asOf;
    this.locale = locale;
  }

  /** Reads every input, handing each document to {@code sink} as soon as it is read. */
  void read(List<String> arguments, Consumer<Item> sink) {
    take(arguments, document -> sink.accept(document.get()));
  }

  /**
   * Takes every document of every input in order, handing {@code sink} for each a supplier that
   * reads it. A supplier holds its document's bytes and may run on any thread.
   */
  void take(List<String> arguments, Consumer<Supplier<Item>> sink) {
    for (String argument : arguments) {
      if (argument.equals("-")) {
        readStream("-", System.in, sink);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
          sink.accept(done(unreadable(argument)));
          continue;
        }
        for (Path file : files) {
          readFile(file, sink);
        }
      } else {
        readFile(path, sink);
      }
    }
  }

  /**
   * Hands every readable case file to {@code sink}; prints the findings of every other input to
   * {@code err}. Returns whether every input was a readable case file.
   */
  boolean readCaseFiles(List<String> arguments, Consumer<CaseFile> sink, PrintWriter err) {
    Reports reports = new Reports(locale, false);
    boolean[] all = {true};
    read(
        arguments,
        item -> {
          Optional<CaseFile> caseFile = item.caseFile();
          if (caseFile.isPresent()) {
            sink.accept(caseFile.get());
          } else {
            reports.print(item, err);
            all[0] = false;
          }
        });
    return all[0];
  }

  private void readFile(Path file, Consumer<Supplier<Item>> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      readStream(file.toString(), in, sink);
    } catch (NoSuchFileException e) {
      sink.accept(done(missing(file.toString())));
    } catch (IOException e) {
      sink.accept(done(unreadable(file.toString())));
    }
  }

  private void readStream(String name, InputStream raw, Consumer<Supplier<Item>> sink) {
    BufferedInputStream in = new BufferedInputStream(raw, HEAD);
    byte[] head;
    try {
      in.mark(HEAD);
      head = in.readNBytes(HEAD);
      in.reset();
    } catch (IOException e) {
      sink.accept(done(unreadable(name)));
      return;
    }
    PayloadKind kind = Format.detect(head, head.length);
    Format format = kind.format().orElse(Format.JSON); // the JSON reader says where it fails
    String lower = name.toLowerCase(Locale.ROOT);
    boolean batchName =
        format == Format.JSON && (lower.endsWith(".ndjson") || lower.endsWith(".jsonl"));
    if (kind.batch() || batchName) {
      readBatch(name, format, in, sink);
      return;
    }
    long max = export.limits().maxDocumentBytes();
    byte[] payload;
    try {
      // One byte more than the limit lets the reader see, and report, an oversized payload.
      payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      sink.accept(done(unreadable(name)));
      return;
    }
    sink.accept(
        () -> {
          Class<?> type = BbicExport.detectType(payload, format);
          ReadResult<?> result =
              export
                  .reader(format, type)
                  .withLevel(level)
                  .withAsOf(asOf)
                  .withLocale(locale)
                  .read(payload);
          return new Item(name, 0, false, type, result);
        });
  }

  private void readBatch(
      String name, Format format, InputStream in, Consumer<Supplier<Item>> sink) {
    try (CaseFileBatchReader batch =
        export.batchReader(format, in).withLevel(level).withAsOf(asOf).withLocale(locale)) {
      int index = 0;
      while (batch.hasNext()) {
        CaseFileBatchReader.Pending record = batch.nextPending();
        int at = index++;
        sink.accept(() -> new Item(name, at, true, CaseFile.class, record.read()));
      }
    }
  }

  /** A document already read (a failure to open or read its input). */
  private static Supplier<Item> done(Item item) {
    return () -> item;
  }

  private Item missing(String name) {
    return fatal(name, CliCodes.FILE_MISSING);
  }

  private Item unreadable(String name) {
    return fatal(name, CliCodes.FILE_UNREADABLE);
  }

  private Item fatal(String name, String code) {
    Finding finding = CliCodes.finding(code, locale).build();
    return new Item(
        name, 0, false, null, ReadResult.of(null, ValidationReport.of(List.of(finding))));
  }
}
