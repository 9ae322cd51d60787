package org.openbbic.export.internal;

import java.io.InputStream;
import java.io.Reader;
import org.openbbic.export.BbicSchemas;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Serves the schema documents an XSD imports from the module's own schema folder, and nothing else:
 * any other reference resolves to nothing, so the schema factory (with external access off) refuses
 * it. Thread-safe.
 */
public final class ClasspathSchemaResolver implements LSResourceResolver {

  @Override
  public LSInput resolveResource(
      String type, String namespaceUri, String publicId, String systemId, String baseUri) {
    if (systemId == null) {
      return null;
    }
    String name = systemId.substring(systemId.lastIndexOf('/') + 1);
    if (!name.matches("openbbic-[0-9a-z.-]+\\.xsd")) {
      return null;
    }
    InputStream in =
        ClasspathSchemaResolver.class.getResourceAsStream("/" + BbicSchemas.RESOURCE_FOLDER + name);
    if (in == null) {
      return null;
    }
    return new Input(name, publicId, in);
  }

  /** A resolved schema document: a byte stream and its name. */
  private static final class Input implements LSInput {
    private final String systemId;
    private final String publicId;
    private InputStream stream;

    Input(String systemId, String publicId, InputStream stream) {
      this.systemId = systemId;
      this.publicId = publicId;
      this.stream = stream;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return stream;
    }

    @Override
    public void setByteStream(InputStream byteStream) {
      this.stream = byteStream;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
