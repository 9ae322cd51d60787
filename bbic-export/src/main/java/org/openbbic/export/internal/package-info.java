/**
 * Internal, not API: the Jackson and JAXB set-up, the hardened read pipelines, position tracking
 * and message rendering of the export module. May change in any release.
 */
package org.openbbic.export.internal;
