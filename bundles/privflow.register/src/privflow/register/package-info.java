// SPDX-License-Identifier: EPL-2.0
/**
 * The record of processing activities (GDPR Art. 30): {@link privflow.register.Register} built
 * from a model and its analysis, written by {@link privflow.register.RegisterFormat} as XLSX, CSV,
 * HTML, PDF or JSON in English or Finnish, and the review workbook the legal team fills in outside
 * Eclipse.
 */
package privflow.register;
