// SPDX-License-Identifier: EPL-2.0
/**
 * The data-flow diagram, headless: {@link privflow.diagram.Diagram} (nodes in jurisdiction {@link
 * privflow.diagram.Zone}s, flows and sub-processor edges, open findings), its ELK {@link
 * privflow.diagram.DiagramLayout} with the user's {@link privflow.diagram.DiagramPositions}, and
 * one {@link privflow.diagram.DiagramRenderer} that draws on a {@link privflow.diagram.Surface},
 * which {@link privflow.diagram.SvgExport} writes as SVG and the diagram editor paints on screen.
 */
package privflow.diagram;
