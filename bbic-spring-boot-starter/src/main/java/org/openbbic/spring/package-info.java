/**
 * Spring Boot auto-configuration of openbbic (public API): the {@link
 * org.openbbic.validation.BbicValidator} and {@link org.openbbic.export.BbicExport} beans, the
 * {@link org.openbbic.spring.BbicHttpMessageConverter} that reads and writes BBIC documents and
 * case files in JSON and XML through openbbic's own hardened readers and writers, and the mapping
 * of findings to RFC 9457 problem responses ({@link org.openbbic.spring.BbicProblemHandler}).
 * Configured under {@code openbbic.*} ({@link org.openbbic.spring.BbicProperties}).
 *
 * @since 0.1
 */
package org.openbbic.spring;
