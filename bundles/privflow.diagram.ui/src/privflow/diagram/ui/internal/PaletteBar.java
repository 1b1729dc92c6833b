// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import privflow.model.KnownService;

/**
 * The diagram's palette, a vertical tool bar beside the drawing as in a GEF editor: the select
 * tool, the flow tool, a tool per node kind, and the catalogue's known services (WhatsApp,
 * Slack, ...), which are created pre-filled. Each tool has an icon, its name and a tooltip.
 */
final class PaletteBar {

    private final ToolBar bar;
    private final List<ToolItem> tools = new ArrayList<>();
    private final ToolItem catalogue;
    private final Consumer<PaletteEntry> onTool;
    private final LocalResourceManager images;

    /**
     * @param onTool called with the palette entry the user picks
     * @param known the catalogue's services, asked for when the user opens the catalogue menu
     */
    PaletteBar(Composite parent, Consumer<PaletteEntry> onTool, Supplier<Collection<KnownService>> known) {
        this.onTool = onTool;
        bar = new ToolBar(parent, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
        images = new LocalResourceManager(JFaceResources.getResources(), bar);
        tool(Messages.Palette_Select, Messages.Palette_SelectTip, "select", PaletteEntry.SELECT).setSelection(true); //$NON-NLS-1$
        tool(Messages.Palette_Flow, Messages.Palette_FlowTip, "flow", PaletteEntry.FLOW); //$NON-NLS-1$
        new ToolItem(bar, SWT.SEPARATOR);
        tool(Messages.Palette_Organisation, Messages.Palette_OrganisationTip, "organisation", //$NON-NLS-1$
                new PaletteEntry.Node(DiagramCommands.NodeType.ORGANISATION));
        tool(Messages.Palette_Service, Messages.Palette_ServiceTip, "service", //$NON-NLS-1$
                new PaletteEntry.Node(DiagramCommands.NodeType.SERVICE));
        tool(Messages.Palette_DataStore, Messages.Palette_DataStoreTip, "data_store", //$NON-NLS-1$
                new PaletteEntry.Node(DiagramCommands.NodeType.DATA_STORE));
        tool(Messages.Palette_Subjects, Messages.Palette_SubjectsTip, "subjects", //$NON-NLS-1$
                new PaletteEntry.Node(DiagramCommands.NodeType.SUBJECTS));
        new ToolItem(bar, SWT.SEPARATOR);
        catalogue = new ToolItem(bar, SWT.DROP_DOWN);
        catalogue.setImage(image("catalogue")); //$NON-NLS-1$
        catalogue.setText(Messages.Palette_Catalogue);
        catalogue.setToolTipText(Messages.Palette_CatalogueTip);
        catalogue.addListener(SWT.Selection, e -> showCatalogue(known.get()));
    }

    /** @return the tool bar, for layout */
    ToolBar control() {
        return bar;
    }

    private ToolItem tool(String label, String tooltip, String icon, PaletteEntry tool) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setImage(image(icon));
        item.setText(label);
        item.setToolTipText(tooltip);
        item.setData(tool);
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                catalogue.setText(Messages.Palette_Catalogue);
                onTool.accept(tool);
            }
        });
        tools.add(item);
        return item;
    }

    /** @return the palette's icon {@code icons/<name>.png} (with its {@code @2x} variant on high-DPI screens) */
    private Image image(String name) {
        return ResourceLocator.imageDescriptorFromBundle(PaletteBar.class, "icons/" + name + ".png") //$NON-NLS-1$ //$NON-NLS-2$
                .map(images::create).orElse(null);
    }

    private void showCatalogue(Collection<KnownService> services) {
        Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
        List<KnownService> sorted = new ArrayList<>(services);
        sorted.sort(Comparator.comparing(KnownService::getName, String.CASE_INSENSITIVE_ORDER));
        for (KnownService service : sorted) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(NLS.bind(Messages.Palette_CatalogueItem, service.getName(), service.getProviderCountry()));
            item.addListener(SWT.Selection, e -> pick(service));
        }
        Rectangle bounds = catalogue.getBounds();
        menu.setLocation(bar.toDisplay(bounds.x, bounds.y + bounds.height));
        menu.setVisible(true);
    }

    /** Makes the catalogue's {@code service} the tool: the next click on the diagram creates it. */
    void pick(KnownService service) {
        tools.forEach(t -> t.setSelection(false));
        catalogue.setText(NLS.bind(Messages.Palette_CatalogueChosen, service.getName()));
        onTool.accept(new PaletteEntry.Catalogue(service));
    }

    /** Shows {@code tool} as the chosen one without telling anyone (the canvas changed it itself). */
    void show(PaletteEntry tool) {
        for (ToolItem item : tools) {
            item.setSelection(tool.equals(item.getData()));
        }
        if (!(tool instanceof PaletteEntry.Catalogue)) {
            catalogue.setText(Messages.Palette_Catalogue);
        }
    }
}
