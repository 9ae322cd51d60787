/**
 * Public API: {@link org.openbbic.server.BbicServer}, the HTTP validation service and web validator
 * that {@code bbic serve} starts. It is a thin layer over {@code BbicExport}, {@code BbicValidator}
 * and {@code BbicPrinter}: it owns no codec and no rule.
 *
 * @since 0.1
 */
package org.openbbic.server;
