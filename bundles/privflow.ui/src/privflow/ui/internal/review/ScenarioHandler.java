// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import privflow.model.Scenario;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.PrivflowScenarios;

/**
 * Analyses under the what-if scenario named by the command's parameter {@value #KEY} (none
 * without it): open models and every marker follow. The drop-down's menu marks the active
 * scenario, its tooltip names it (so does the Transfer Review view's summary).
 */
public final class ScenarioHandler extends AbstractHandler implements IElementUpdater {

    /** The command. */
    public static final String COMMAND = "privflow.ui.scenario"; //$NON-NLS-1$
    /** The command's parameter: the scenario's key, or none for no scenario. */
    public static final String KEY = "privflow.ui.scenario.key"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        String key = event.getParameter(KEY);
        PrivflowScenarios.apply(key == null ? "" : key); //$NON-NLS-1$
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        commands.refreshElements(COMMAND, null);
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        String active = PrivflowPreferences.get(PrivflowPreferences.SCENARIO);
        Object key = parameters.get(KEY);
        if (key != null) {
            element.setChecked(key.equals(active));
        } else {
            Scenario scenario = active.isBlank() ? null : PrivflowPreferences.facts().scenarios().get(active);
            element.setTooltip(
                    scenario == null ? Messages.Scenario_None : NLS.bind(Messages.Scenario_Active, ScenarioChoices.name(scenario)));
        }
    }
}
