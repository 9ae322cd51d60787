/**
 * Internal: JMH benchmarks of openbbic against plain Jackson, plain JAXB and plain Hibernate
 * Validator, and the report writer that turns JMH's results into {@code docs/performance.md}. Not
 * published; not an API.
 */
package org.openbbic.benchmarks;
