// SPDX-License-Identifier: EPL-2.0
/**
 * The analysis: {@link privflow.core.Analysis} runs the rules over a model with dated {@link
 * privflow.core.LegalFacts} from the catalogues and returns an {@link
 * privflow.core.AnalysisResult}: every third-country {@link privflow.core.Transfer} and every
 * {@link privflow.core.Finding}, each finding with its {@linkplain privflow.core.Finding#subject()
 * subject} and the {@linkplain privflow.core.Finding#transfer() transfer} it concerns. {@link
 * privflow.core.AnalysisSession} keeps a result up to date as the model is edited.
 */
package privflow.core;
