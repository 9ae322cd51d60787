/**
 * Public API: the export context {@link org.openbbic.export.BbicExport} (built once, immutable,
 * thread-safe), its cheap writers and readers for JSON and XML, the read result with findings, the
 * read limits, streaming batches of case files, and the published schemas ({@link
 * org.openbbic.export.BbicSchemas}).
 *
 * <p>Finding codes of this module are listed in {@link org.openbbic.export.ExportCodes}.
 */
package org.openbbic.export;
