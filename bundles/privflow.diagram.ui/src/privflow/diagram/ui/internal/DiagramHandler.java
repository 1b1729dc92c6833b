// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import privflow.ui.editor.ModelEditor;

/**
 * The data-flow diagram's commands (zoom, fit, transfers only, auto-layout, SVG and PNG export),
 * acting on the diagram of the active Data-Flow Diagram view or of the model editor's Diagram page.
 * Which command it handles is given in plugin.xml after the class name ({@code DiagramHandler:zoomIn}).
 */
public final class DiagramHandler extends AbstractHandler implements IExecutableExtension {

    /** The toggle command whose state says whether only transfers are shown, in every diagram. */
    public static final String TRANSFERS_ONLY = "privflow.diagram.ui.transfersOnly"; //$NON-NLS-1$

    /** The key-binding context of a diagram (Ctrl+= and Ctrl+- zoom, Ctrl+Shift+F fits, ...), a child of the editor's. */
    public static final String CONTEXT = "privflow.diagram.ui.context"; //$NON-NLS-1$

    private String operation = ""; //$NON-NLS-1$

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s) {
            operation = s;
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(pane(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME),
                HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME)) != null);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (operation.equals("transfersOnly")) { //$NON-NLS-1$
            HandlerUtil.toggleCommandState(event.getCommand()); // every diagram follows the state
            return null;
        }
        DiagramPane pane = pane(HandlerUtil.getActivePart(event), HandlerUtil.getActiveEditor(event));
        if (pane == null) {
            return null;
        }
        DiagramCanvas canvas = pane.canvas();
        switch (operation) {
            case "zoomIn" -> canvas.setZoom(canvas.zoom() * 1.25); //$NON-NLS-1$
            case "zoomOut" -> canvas.setZoom(canvas.zoom() / 1.25); //$NON-NLS-1$
            case "zoomFit" -> canvas.zoomToFit(); //$NON-NLS-1$
            case "autoLayout" -> pane.autoLayout(); //$NON-NLS-1$
            case "exportSvg" -> pane.export("svg"); //$NON-NLS-1$ //$NON-NLS-2$
            case "exportPng" -> pane.export("png"); //$NON-NLS-1$ //$NON-NLS-2$
            default -> throw new ExecutionException("no diagram command " + operation); //$NON-NLS-1$
        }
        return null;
    }

    /**
     * @return the diagram the command acts on: the active Data-Flow Diagram view's, else the active
     *         editor's while its Diagram page shows (its tool bar works while another view has the
     *         focus); {@code null} if there is none
     */
    static DiagramPane pane(Object activePart, Object activeEditor) {
        if (activePart instanceof DiagramView view) {
            return view.pane();
        }
        if (activeEditor instanceof ModelEditor editor && editor.activePage() instanceof DiagramPage page) {
            return page.pane();
        }
        return null;
    }
}
