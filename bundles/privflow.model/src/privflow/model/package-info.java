// SPDX-License-Identifier: EPL-2.0
/**
 * The privflow metamodel (generated from {@code model/privflow.ecore}): organisations, services
 * and their locations, data categories and subjects, processing activities, data flows with their
 * transfer safeguards, review decisions, and the catalogue of legal facts.
 */
package privflow.model;
