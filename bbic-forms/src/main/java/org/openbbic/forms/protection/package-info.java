/**
 * Public API: protected personal data on its way out. {@link
 * org.openbbic.forms.protection.RecipientPolicy} says what a recipient may see of people with
 * sekretessmarkering, skyddad folkbokföring or fingerade personuppgifter, and makes the copy that
 * may go out; {@link org.openbbic.forms.protection.Withheld} reads back what a received document
 * says was withheld. Printouts and exports share both.
 *
 * @since 0.1
 */
package org.openbbic.forms.protection;
