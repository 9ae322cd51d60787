package org.openbbic.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openbbic.export.BbicExport;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.testkit.BbicGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bbic example}: a complete, valid, fictitious document or case file (test identity numbers
 * only), or with {@code --count} a batch of coherent case files, the same for the same seed and
 * as-of day; nothing is dated after the as-of day (today by default). With {@code --protection} the
 * child and the first guardian are protected people. Examples are written in full ({@code
 * internal-unmasked}: the data is invented), so they say so when they hold a protected person.
 */
@Command(name = "example", mixinStandardHelpOptions = true)
final class ExampleCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      descriptionKey = "type",
      index = "0",
      arity = "0..1",
      paramLabel = "${bundle:label.type:-TYP}")
  String type = "case";

  @Option(names = "--to", paramLabel = "json|xml", converter = Converters.FormatName.class)
  Format to = Format.JSON;

  @Option(names = "--count", paramLabel = "N")
  Integer count;

  @Option(names = "--seed", paramLabel = "S")
  long seed = 1;

  @Option(
      names = "--as-of",
      paramLabel = "${bundle:label.date:-DATUM}",
      converter = Converters.Date.class)
  java.time.LocalDate asOf = java.time.LocalDate.now(Converters.SWEDEN);

  @Option(
      names = "--protection",
      paramLabel = "${bundle:label.level:-NIVÅ}",
      converter = Converters.Protection.class)
  ProtectionLevel protection;

  @Override
  public Integer call() throws IOException {
    BbicModel model = BbicModel.get();
    TypeDefinition kind =
        byUserName(type)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        Texts.format(
                            "cli.unknownType", common.locale(), type, "case, " + rootNames())));
    BbicExport export = BbicExport.builder().build();
    BbicGenerator generator = new BbicGenerator(seed, asOf);
    OutputStream out = new BufferedOutputStream(System.out);
    if (count != null) {
      if (kind != model.caseFile() || count < 0) {
        throw new ParameterException(spec.commandLine(), Texts.get("arg.count", common.locale()));
      }
      try (CaseFileBatchWriter batch =
          export.batchWriter(to, out, RecipientPolicy.INTERNAL_UNMASKED)) {
        for (int i = 0; i < count; i++) {
          batch.write(protection == null ? generator.caseFile() : generator.caseFile(protection));
        }
      }
      out.flush();
      return BbicCli.OK;
    }
    FormType form =
        kind == model.caseFile() ? null : model.findKind(kind.type()).orElseThrow().formType();
    Object value;
    if (protection == null) {
      value = form == null ? generator.caseFile() : generator.document(form);
    } else {
      value = form == null ? generator.caseFile(protection) : generator.document(form, protection);
    }
    export.writer(to).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).write(value, out);
    out.write('\n');
    out.flush();
    return BbicCli.OK;
  }

  /**
   * The root type a user names on the command line: a root name ({@code carePlan}), a form type
   * ({@code CARE_PLAN}, {@code care-plan}) or {@code case} for a case file.
   */
  static Optional<TypeDefinition> byUserName(String name) {
    BbicModel model = BbicModel.get();
    if (name.equalsIgnoreCase("case") || name.equalsIgnoreCase("case-file")) {
      return Optional.of(model.caseFile());
    }
    for (TypeDefinition root : model.roots()) {
      if (root.rootName().orElseThrow().equalsIgnoreCase(name)) {
        return Optional.of(root);
      }
    }
    String constant = name.replace('-', '_').toUpperCase(Locale.ROOT);
    for (DocumentKind<?> kind : model.documentKinds()) {
      if (kind.formType().name().equals(constant)) {
        return Optional.of(kind.definition());
      }
    }
    return Optional.empty();
  }

  /** The root names {@link #byUserName} accepts, for the help text: the documents', the case's. */
  static String rootNames() {
    BbicModel model = BbicModel.get();
    List<String> names = new ArrayList<>();
    for (DocumentKind<?> kind : model.documentKinds()) {
      names.add(kind.rootName());
    }
    names.add(model.caseFile().rootName().orElseThrow());
    return String.join(", ", names);
  }
}
