/**
 * Public API: {@link org.openbbic.testkit.BbicGenerator}, seeded generators of valid, coherent,
 * fictitious BBIC documents and case files; {@link org.openbbic.testkit.Seeds} to choose and report
 * seeds; {@link org.openbbic.testkit.Mutators} and {@link org.openbbic.testkit.Mutation}, which
 * break one rule of a valid document and state the expected finding; and {@link
 * org.openbbic.testkit.Corpus}, committed example files with their expected codes.
 */
package org.openbbic.testkit;
