// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

import privflow.diagram.Area;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/**
 * The part of the drawing a canvas shows: the zoom (25%-400%) and the scroll position, and the
 * conversion between canvas pixels and the drawing's points.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;

    private final Canvas canvas;
    private double zoom = 1;
    private double width;
    private double height;

    Viewport(Canvas canvas) {
        this.canvas = canvas;
    }

    double zoom() {
        return zoom;
    }

    /** Sets the zoom, kept between 25% and 400%. */
    void setZoom(double value) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        updateScrollBars();
    }

    /** Sets the size of the drawing at 100%. */
    void setDrawingSize(double drawingWidth, double drawingHeight) {
        width = drawingWidth;
        height = drawingHeight;
        updateScrollBars();
    }

    /** @return the zoom at which the whole drawing fits the visible area */
    double fittingZoom() {
        Rectangle area = canvas.getClientArea();
        return Math.min(area.width / Math.max(1, width), area.height / Math.max(1, height));
    }

    /** @return the scroll position: the canvas pixel at the drawing's top left */
    Point offset() {
        return new Point(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
    }

    /** Scrolls to {@code x, y} (pixels of the zoomed drawing). */
    void scrollTo(int x, int y) {
        canvas.getHorizontalBar().setSelection(Math.max(0, x));
        canvas.getVerticalBar().setSelection(Math.max(0, y));
    }

    /** @return the canvas pixel where the drawing's point {@code p} is shown */
    Point toCanvas(DiagramLayout.Point p) {
        Point o = offset();
        return new Point((int) Math.round(p.x() * zoom - o.x), (int) Math.round(p.y() * zoom - o.y));
    }

    /** @return the drawing's point shown at canvas pixel {@code (x, y)} */
    DiagramLayout.Point toDiagram(int x, int y) {
        Point o = offset();
        return new DiagramLayout.Point((x + o.x) / zoom, (y + o.y) / zoom);
    }

    /** @return the canvas pixels that cover the drawing's {@code area}, with a pixel to spare; {@code null} for none */
    Rectangle toCanvas(Area area) {
        if (area == null) {
            return null;
        }
        Point o = offset();
        int x = (int) Math.floor(area.x() * zoom) - o.x - 1;
        int y = (int) Math.floor(area.y() * zoom) - o.y - 1;
        return new Rectangle(x, y, (int) Math.ceil(area.width() * zoom) + 3, (int) Math.ceil(area.height() * zoom) + 3);
    }

    /** @return whether canvas pixel {@code (x, y)} is within {@code radius} pixels of the drawing's point {@code p} */
    boolean near(int x, int y, DiagramLayout.Point p, int radius) {
        Point c = toCanvas(p);
        return Math.abs(c.x - x) <= radius && Math.abs(c.y - y) <= radius;
    }

    /** Scrolls as little as needed to show {@code box}; @return whether it scrolled */
    boolean reveal(Box box) {
        Rectangle area = canvas.getClientArea();
        Point o = offset();
        int left = (int) (box.x() * zoom);
        int top = (int) (box.y() * zoom);
        int right = (int) ((box.x() + box.width()) * zoom);
        int bottom = (int) ((box.y() + box.height()) * zoom);
        int x = left < o.x ? left - 20 : right > o.x + area.width ? right - area.width + 20 : o.x;
        int y = top < o.y ? top - 20 : bottom > o.y + area.height ? bottom - area.height + 20 : o.y;
        if (x == o.x && y == o.y) {
            return false;
        }
        scrollTo(x, y);
        return true;
    }

    void updateScrollBars() {
        Rectangle area = canvas.getClientArea();
        configure(canvas.getHorizontalBar(), (int) Math.ceil(width * zoom), area.width);
        configure(canvas.getVerticalBar(), (int) Math.ceil(height * zoom), area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible));
        bar.setIncrement(20);
        bar.setVisible(content > visible);
    }
}
