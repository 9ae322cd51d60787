/**
 * openbbic print: every BBIC document and a whole case file as a self-contained, print-ready HTML
 * page and as a tagged PDF, with recipient-aware protection of personal data.
 *
 * <p>openhtmltopdf's jars carry no module name; they are required by the names the JDK derives from
 * their file names ({@code openhtmltopdf.core}, {@code openhtmltopdf.pdfbox}).
 *
 * @since 0.1
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.openbbic.print {
  requires transitive org.openbbic.forms;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  // PDFBox (an automatic module) logs through commons-logging, an explicit module that nothing
  // else would pull into the module graph.
  requires org.apache.commons.logging;
  requires java.desktop;
  requires java.logging;
  requires java.xml;

  exports org.openbbic.print;
}
