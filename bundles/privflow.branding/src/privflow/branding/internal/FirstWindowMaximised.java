// SPDX-License-Identifier: EPL-2.0
package privflow.branding.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Opens the privflow IDE's first window maximised. Applied only to a fresh application model (the
 * first start in a workspace, or {@code -clearPersistedState}); afterwards the window keeps the size
 * the user gave it. The bounds are set to the screen's work area as well, for displays without a
 * window manager, which ignore the maximised state.
 */
public final class FirstWindowMaximised {

    @Execute
    void maximise(MApplication application) {
        Display display = Display.getCurrent();
        Rectangle area = display == null ? null : display.getPrimaryMonitor().getClientArea();
        for (MWindow window : application.getChildren()) {
            if (!window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG)) {
                window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
            }
            if (area != null) {
                window.setX(area.x);
                window.setY(area.y);
                window.setWidth(area.width);
                window.setHeight(area.height);
            }
        }
    }
}
