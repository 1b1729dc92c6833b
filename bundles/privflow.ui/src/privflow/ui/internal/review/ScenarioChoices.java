// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import privflow.model.Scenario;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;

/** The scenario drop-down's menu: no scenario, then every scenario of the catalogues in use, in the user's language. */
public final class ScenarioChoices extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        items.add(item("", Messages.Preferences_NoScenario)); //$NON-NLS-1$
        for (Scenario s : PrivflowPreferences.facts().scenarios().values()) {
            items.add(item(s.getKey(), name(s)));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** @return the scenario's name in the user's language */
    static String name(Scenario s) {
        return "fi".equals(Locale.getDefault().getLanguage()) && s.getNameFi() != null ? s.getNameFi() : s.getName(); //$NON-NLS-1$
    }

    private static IContributionItem item(String key, String label) {
        CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                "privflow.ui.scenario." + (key.isEmpty() ? "none" : key), ScenarioHandler.COMMAND, //$NON-NLS-1$ //$NON-NLS-2$
                CommandContributionItem.STYLE_RADIO);
        p.label = label;
        p.parameters = Map.of(ScenarioHandler.KEY, key);
        return new CommandContributionItem(p);
    }
}
