/**
 * openbbic server: {@code bbic serve}, an HTTP validation service and a web validator over the
 * library (Javalin on Jetty 12, metrics through Micrometer).
 *
 * @since 0.1
 */
module org.openbbic.server {
  requires org.openbbic.export;
  requires org.openbbic.print;
  requires org.openbbic.testkit;
  requires io.javalin;
  requires org.eclipse.jetty.server;
  requires jakarta.servlet;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires com.fasterxml.jackson.core;
  requires jakarta.xml.bind;
  requires org.slf4j;

  exports org.openbbic.server;
}
