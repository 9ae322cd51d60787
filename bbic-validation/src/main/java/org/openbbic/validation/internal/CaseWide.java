package org.openbbic.validation.internal;

/**
 * A built-in rule that, in a case file, checks every document itself in {@code checkCase} (once,
 * across the documents): its {@code checkDocument} serves a document validated on its own, so the
 * validator does not call it for the documents of a case file.
 */
public interface CaseWide {}
