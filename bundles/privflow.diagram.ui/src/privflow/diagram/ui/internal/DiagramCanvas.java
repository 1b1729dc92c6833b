// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.Palette;
import privflow.diagram.Zone;

/**
 * Draws a laid-out diagram: double-buffered and anti-aliased, zoomable (Ctrl+wheel, 25%-400%)
 * and scrollable; nodes and flows with open findings in red or amber with a badge; a click selects,
 * hovering shows the element's findings. The same painting code renders the PNG export.
 */
public final class DiagramCanvas extends Canvas {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;

    private Diagram diagram;
    private DiagramLayout layout;
    private double zoom = 1;
    private boolean transfersOnly;
    private String selected;
    private final Map<String, Color> colours = new HashMap<>();
    private java.util.function.Consumer<String> selectionListener = id -> { };

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> paint(e.gc, offset(), zoom, getClientArea()));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, e -> {
            String hit = hit(e.x, e.y);
            select(hit);
            selectionListener.accept(hit);
        });
        addListener(SWT.MouseMove, e -> setToolTipText(tooltip(hit(e.x, e.y))));
        addListener(SWT.Dispose, e -> colours.values().forEach(Color::dispose));
    }

    /** Shows {@code newDiagram} laid out as {@code newLayout} (both may be {@code null}). */
    public void show(Diagram newDiagram, DiagramLayout newLayout) {
        this.diagram = newDiagram;
        this.layout = newLayout;
        updateScrollBars();
        redraw();
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramLayout diagramLayout() {
        return layout;
    }

    /** Calls {@code listener} with the id of the element a click selects, or {@code null}. */
    public void onSelect(java.util.function.Consumer<String> listener) {
        this.selectionListener = listener;
    }

    /** Marks the element with {@code id} as selected ({@code null} for none). */
    public void select(String id) {
        if (!java.util.Objects.equals(id, selected)) {
            selected = id;
            redraw();
        }
    }

    public String selected() {
        return selected;
    }

    public double zoom() {
        return zoom;
    }

    /** Sets the zoom, kept between 25% and 400%. */
    public void setZoom(double value) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        updateScrollBars();
        redraw();
    }

    /** Zooms so that the whole diagram fits the visible area. */
    public void zoomToFit() {
        if (layout == null) {
            return;
        }
        Rectangle area = getClientArea();
        setZoom(Math.min(area.width / Math.max(1, layout.width()), area.height / Math.max(1, layout.height())));
    }

    /** Shows only the flows that are third-country transfers (and the nodes they connect). */
    public void setTransfersOnly(boolean value) {
        transfersOnly = value;
        redraw();
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1));
            e.doit = false;
        }
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        double width = layout == null ? 0 : layout.width() * zoom;
        double height = layout == null ? 0 : layout.height() * zoom;
        configure(getHorizontalBar(), (int) Math.ceil(width), area.width);
        configure(getVerticalBar(), (int) Math.ceil(height), area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible));
        bar.setIncrement(20);
        bar.setVisible(content > visible);
    }

    private Point offset() {
        return new Point(getHorizontalBar().getSelection(), getVerticalBar().getSelection());
    }

    /** @return the id of the node or flow at the canvas point, or {@code null} */
    String hit(int x, int y) {
        if (layout == null) {
            return null;
        }
        Point o = offset();
        double dx = (x + o.x) / zoom;
        double dy = (y + o.y) / zoom;
        for (Map.Entry<String, Box> e : layout.nodes().entrySet()) {
            Box b = e.getValue();
            if (dx >= b.x() && dx <= b.x() + b.width() && dy >= b.y() && dy <= b.y() + b.height()) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : layout.edges().entrySet()) {
            List<DiagramLayout.Point> route = e.getValue();
            for (int i = 1; i < route.size(); i++) {
                if (distance(dx, dy, route.get(i - 1), route.get(i)) < 4 / zoom + 2) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static double distance(double x, double y, DiagramLayout.Point a, DiagramLayout.Point b) {
        double lx = b.x() - a.x();
        double ly = b.y() - a.y();
        double length = lx * lx + ly * ly;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * lx + (y - a.y()) * ly) / length));
        double px = a.x() + t * lx - x;
        double py = a.y() + t * ly - y;
        return Math.sqrt(px * px + py * py);
    }

    private String tooltip(String id) {
        if (id == null || diagram == null) {
            return null;
        }
        for (Diagram.Node n : diagram.nodes()) {
            if (n.id().equals(id)) {
                return n.findings().isEmpty() ? n.label() : n.label() + "\n" + String.join("\n", n.findings()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (Diagram.Edge e : diagram.edges()) {
            if (e.id().equals(id)) {
                return e.findings().isEmpty() ? e.label() : e.label() + "\n" + String.join("\n", e.findings()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return null;
    }

    /** Paints what the canvas shows now (its scroll position and zoom) into {@code gc}, as a repaint does. */
    public void paintVisible(GC gc) {
        paint(gc, offset(), zoom, getClientArea());
    }

    /** @return the whole diagram drawn at {@code scale} (e.g. 2 for a sharp PNG), by the same code as the screen */
    public ImageData snapshot(double scale) {
        int width = (int) Math.ceil(layout.width() * scale) + 1;
        int height = (int) Math.ceil(layout.height() * scale) + 1;
        Image image = new Image(getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            paint(gc, new Point(0, 0), scale, new Rectangle(0, 0, width, height));
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void paint(GC gc, Point offset, double scale, Rectangle area) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (diagram == null || layout == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(getDisplay());
        try {
            transform.translate(-offset.x, -offset.y);
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            paintZones(gc);
            paintEdges(gc);
            paintNodes(gc);
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
    }

    private void paintZones(GC gc) {
        gc.setLineStyle(SWT.LINE_DASH);
        for (Map.Entry<Zone, Box> zone : layout.zones().entrySet()) {
            Box b = zone.getValue();
            gc.setBackground(colour(Palette.zone(zone.getKey())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.ZONE_BORDER));
            gc.drawRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(Palette.zoneTitle(zone.getKey(), Locale.getDefault()), i(b.x() + 12), i(b.y() + 8), true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintEdges(GC gc) {
        for (Diagram.Edge edge : diagram.edges()) {
            List<DiagramLayout.Point> route = layout.edges().get(edge.id());
            if (route == null || route.size() < 2 || transfersOnly && !edge.transfer()) {
                continue;
            }
            Color colour = colour(Palette.severity(edge.severity(), Palette.EDGE));
            gc.setForeground(colour);
            gc.setBackground(colour);
            gc.setLineWidth(edge.id().equals(selected) ? 4 : edge.transfer() ? 2 : 1);
            gc.setLineStyle(edge.subProcessor() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int[] points = new int[route.size() * 2];
            for (int k = 0; k < route.size(); k++) {
                points[2 * k] = i(route.get(k).x());
                points[2 * k + 1] = i(route.get(k).y());
            }
            gc.drawPolyline(points);
            arrow(gc, route.get(route.size() - 2), route.get(route.size() - 1));
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private static void arrow(GC gc, DiagramLayout.Point from, DiagramLayout.Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 9;
        int[] head = { i(to.x()), i(to.y()), i(to.x() - size * Math.cos(angle - 0.4)), i(to.y() - size * Math.sin(angle - 0.4)),
                i(to.x() - size * Math.cos(angle + 0.4)), i(to.y() - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private void paintNodes(GC gc) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        if (transfersOnly) {
            for (Diagram.Edge e : diagram.edges()) {
                if (e.transfer()) {
                    shown.add(e.source());
                    shown.add(e.target());
                }
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            if (transfersOnly && !shown.contains(node.id())) {
                continue;
            }
            Box b = layout.nodes().get(node.id());
            int arc = node.kind() == Diagram.Kind.SUBJECTS ? 40 : 8;
            gc.setBackground(colour(Palette.kind(node.kind())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), arc, arc);
            gc.setForeground(colour(Palette.severity(node.severity(), Palette.BORDER)));
            gc.setLineWidth(node.id().equals(selected) ? 4 : node.severity() == null ? 1 : 3);
            gc.drawRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), arc, arc);
            gc.setLineWidth(1);
            gc.setForeground(colour(Palette.TEXT));
            String label = node.label();
            Point extent = gc.textExtent(label);
            while (extent.x > b.width() - 12 && label.length() > 2) {
                label = label.substring(0, label.length() - 2) + '\u2026';
                extent = gc.textExtent(label);
            }
            gc.drawText(label, i(b.x() + (b.width() - extent.x) / 2), i(b.y() + (b.height() - extent.y) / 2), true);
            if (node.severity() != null) {
                gc.setBackground(colour(Palette.severity(node.severity(), Palette.BORDER)));
                gc.fillOval(i(b.x() + b.width() - 12), i(b.y() - 4), 16, 16);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                String count = Integer.toString(node.findings().size());
                Point c = gc.textExtent(count);
                gc.drawText(count, i(b.x() + b.width() - 4 - c.x / 2.0), i(b.y() + 4 - c.y / 2.0), true);
            }
        }
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(getDisplay(),
                new RGB(Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    private static int i(double value) {
        return (int) Math.round(value);
    }
}
