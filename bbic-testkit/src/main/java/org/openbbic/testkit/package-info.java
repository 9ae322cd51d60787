/**
 * Public API: {@link org.openbbic.testkit.BbicGenerator}, seeded generators of valid, coherent,
 * fictitious BBIC documents and case files, and {@link org.openbbic.testkit.Seeds} to choose and
 * report seeds.
 */
package org.openbbic.testkit;
