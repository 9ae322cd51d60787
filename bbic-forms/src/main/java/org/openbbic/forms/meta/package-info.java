/**
 * The metamodel: one description of the BBIC model that the readers, writers, rules, printouts and
 * the test kit all read.
 *
 * <p>{@link org.openbbic.forms.meta.BbicModel#get()} holds every model type ({@link
 * org.openbbic.forms.meta.TypeDefinition}) with its fields in wire order ({@link
 * org.openbbic.forms.meta.FieldDefinition}), and every document kind ({@link
 * org.openbbic.forms.meta.DocumentKind}) with its case-file slot, event date, done dates,
 * references ({@link org.openbbic.forms.meta.Reference}) and goals. It is built once from the
 * annotations the model classes carry: the binding annotations (names and order), the Draft-level
 * constraints (limits), and {@link org.openbbic.forms.meta.EventDate}, {@link
 * org.openbbic.forms.meta.DoneDate} and {@link org.openbbic.forms.meta.References}.
 *
 * @since 0.1
 */
package org.openbbic.forms.meta;
