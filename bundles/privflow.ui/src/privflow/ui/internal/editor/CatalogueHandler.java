// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import privflow.model.Service;

/**
 * The model editor's catalogue commands: add services from the catalogue ({@code :add}), or
 * refresh the selected service that came from it ({@code :refresh}, enabled only for such a
 * service whose entry the catalogue still has).
 */
public final class CatalogueHandler extends AbstractHandler implements IExecutableExtension {

    private boolean refresh;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        refresh = "refresh".equals(data); //$NON-NLS-1$
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        if (!refresh) {
            setBaseEnabled(true);
            return;
        }
        Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME);
        Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
        setBaseEnabled(part instanceof PrivflowEditor editor && refreshable(editor, selection) != null);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof PrivflowEditor editor) {
            if (!refresh) {
                editor.addServiceFromCatalogue();
            } else {
                Service service = refreshable(editor, HandlerUtil.getCurrentSelection(event));
                if (service != null) {
                    editor.refreshFromCatalogue(service);
                }
            }
        }
        return null;
    }

    /** @return the one selected service if the catalogue knows its entry, else {@code null} */
    private static Service refreshable(PrivflowEditor editor, Object selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() instanceof Service service
                && service.getCatalogueEntry() != null && editor.analysis() != null
                && editor.analysis().facts().knownServices().containsKey(service.getCatalogueEntry())) {
            return service;
        }
        return null;
    }
}
