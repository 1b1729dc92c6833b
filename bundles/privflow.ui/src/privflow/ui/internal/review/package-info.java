// SPDX-License-Identifier: EPL-2.0
/**
 * The Transfer Review view, the review dialog and the exchange of decisions with the legal team's
 * workbook; not API.
 */
package privflow.ui.internal.review;
