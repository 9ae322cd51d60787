/**
 * openbbic export: JSON and XML codecs for every BBIC document and the case file, the published
 * schemas, and a hardened reader for untrusted payloads that returns findings instead of throwing.
 *
 * @since 0.1
 */
module org.openbbic.export {
  requires transitive org.openbbic.validation;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires jakarta.xml.bind;
  requires java.xml;
  requires org.slf4j;

  exports org.openbbic.export;

  // The syntax and schema codes join the catalogue of every code (docs/rules.md, bbic rules).
  provides org.openbbic.validation.CodeTable with
      org.openbbic.export.internal.ExportCodeTable;
}
