// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import privflow.diagram.Area;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramRenderer;
import privflow.diagram.Palette;

/**
 * Paints a laid-out diagram with SWT through the {@link DiagramRenderer}, the drawing code the SVG
 * export uses too, and on screen the drag in progress over it. Only what meets the area being
 * painted is drawn; below 50% flow labels and node icons are left out.
 */
final class DiagramPainter {

    /**
     * Below this scale flow labels and node icons would be a few pixels high, unreadable: they are
     * left out (the tooltip still tells the flow's data), which keeps a zoomed-out large diagram fast.
     */
    static final double DETAIL_SCALE = 0.5;

    /**
     * What to paint.
     *
     * @param selection the ids drawn as selected
     * @param handle the size of a handle in drawing coordinates (its size on screen over the zoom)
     * @param overlay the marquee or rubber band of a drag, or {@code null}
     */
    record Scene(Diagram diagram, DiagramLayout layout, Set<String> selection, boolean transfersOnly, double handle, Overlay overlay) {
    }

    /** A marquee (from one corner to the other) or the rubber band of a flow being drawn (from its fixed end). */
    record Overlay(boolean marquee, DiagramLayout.Point from, DiagramLayout.Point to) {
    }

    private final Display display;
    private final SwtSurface surface;

    DiagramPainter(Display display) {
        this.display = display;
        this.surface = new SwtSurface(display);
    }

    /** Paints {@code area} (in pixels of {@code gc}) of the scene scrolled by {@code offset} and scaled by {@code scale}. */
    void paint(GC gc, Scene scene, Point offset, double scale, Rectangle area) {
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (scene.diagram() == null || scene.layout() == null) {
            return;
        }
        Area clip = new Area((area.x + offset.x) / scale, (area.y + offset.y) / scale, area.width / scale, area.height / scale);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(display);
        try {
            transform.translate(-offset.x, -offset.y);
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            surface.on(gc);
            DiagramRenderer.render(surface, scene.diagram(), scene.layout(), new DiagramRenderer.Options(scene.selection(),
                    scene.transfersOnly(), scale >= DETAIL_SCALE, scene.handle(), clip, Locale.getDefault()));
            if (scene.overlay() != null) {
                paintOverlay(gc, scene.overlay());
            }
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
    }

    /**
     * @return the width of the whole drawing, legend included, as the renderer lays it out with this
     *         painter's fonts on {@code drawable}; 0 without a layout
     */
    double width(Drawable drawable, DiagramLayout layout) {
        if (layout == null) {
            return 0;
        }
        GC gc = new GC(drawable);
        try {
            surface.on(gc);
            return DiagramRenderer.width(layout, surface, Locale.getDefault());
        } finally {
            gc.dispose();
        }
    }

    /** The marquee, or the rubber band of a flow being drawn. */
    private void paintOverlay(GC gc, Overlay overlay) {
        gc.setForeground(surface.colour(Palette.SELECTION));
        if (overlay.marquee()) {
            Area r = Area.of(overlay.from(), overlay.to());
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(i(r.x()), i(r.y()), i(r.width()), i(r.height()));
            gc.setLineStyle(SWT.LINE_SOLID);
        } else {
            gc.setLineWidth(2);
            gc.drawLine(i(overlay.from().x()), i(overlay.from().y()), i(overlay.to().x()), i(overlay.to().y()));
        }
        gc.setLineWidth(1);
    }

    /** Releases the colours and fonts. */
    void dispose() {
        surface.dispose();
    }

    private static int i(double value) {
        return (int) Math.round(value);
    }
}
