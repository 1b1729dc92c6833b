// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

import privflow.diagram.Area;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;
import privflow.diagram.DiagramRenderer;
import privflow.diagram.Zone;

/**
 * Draws a laid-out diagram and lets the user edit it: double-buffered and anti-aliased, zoomable
 * (Ctrl+wheel, Ctrl+= / Ctrl+- / Ctrl+0, 25%-400%) and scrollable (middle-drag pans); nodes and
 * flows with open findings in red or amber with a badge, their findings on hover. With the select
 * tool a click selects (Ctrl toggles), a drag on empty space selects by marquee, a drag moves the
 * selected nodes, the corner handle resizes a node, the end handles of a selected flow reconnect
 * it; double-click or F2 renames, Delete deletes, Tab and the arrow keys walk the nodes,
 * Shift+arrows move them, Ctrl+Tab leaves the diagram. Other tools create a node where the user clicks, or a flow from a drag
 * between two nodes. Only what changed is repainted. The same painting code renders the PNG export.
 */
public final class DiagramCanvas extends Canvas {

    /** What the diagram's edits ask of the model; the canvas itself changes nothing. */
    public interface Edits {
        /** Creates what {@code tool} makes with its top left corner at {@code at}. */
        void create(Object tool, DiagramLayout.Point at);

        /** Creates a flow between two nodes. */
        void connect(String source, String target);

        /** Moves one end of a flow to another node. */
        void reconnect(String edge, boolean source, String node);

        /** Gives nodes new bounds (moved or resized). */
        void move(Map<String, Box> bounds);

        /** Renames a node. */
        void rename(String id, String name);

        /** Deletes nodes and flows. */
        void delete(Collection<String> ids);
    }

    /** The tool that draws flows from node to node; {@code null} is the select tool, anything else creates a node. */
    public static final Object FLOW_TOOL = "flow"; //$NON-NLS-1$

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    private static final double MIN_WIDTH = 60;
    private static final double MIN_HEIGHT = 30;
    private static final int HANDLE = 7;

    private enum Drag {
        NONE, MOVE, RESIZE, MARQUEE, CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET, PAN
    }

    private Diagram diagram;
    private DiagramLayout layout;
    private DiagramLayout preview;
    private final Map<String, Diagram.Node> nodeById = new HashMap<>();
    private final Map<String, Diagram.Edge> edgeById = new HashMap<>();
    private double zoom = 1;
    private boolean transfersOnly;
    private final Set<String> selection = new LinkedHashSet<>();
    private final DiagramPainter painter;
    private Consumer<List<String>> selectionListener = ids -> { };
    private Consumer<Object> toolListener = tool -> { };
    private Edits edits;
    private Object tool;

    private Drag drag = Drag.NONE;
    private DiagramLayout.Point dragStart;
    private DiagramLayout.Point dragNow;
    private String dragId;
    private Point panStart;
    private Point panOrigin;
    private Text renaming;
    private Rectangle damaged;
    private double drawingWidth;

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> paint(e.gc, offset(), zoom, new Rectangle(e.x, e.y, e.width, e.height), true));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> {
            String hit = hit(e.x, e.y);
            if (e.button == 1 && tool == null && nodeById.containsKey(hit)) {
                rename(hit);
            }
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            if ((e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) && (e.stateMask & SWT.MOD1) == 0) {
                int step = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0 ? -1 : 1;
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                cycle(step);
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                escape();
            }
        });
        painter = new DiagramPainter(getDisplay());
        addListener(SWT.Dispose, e -> painter.dispose());
    }

    /** Shows {@code newDiagram} laid out as {@code newLayout} (both may be {@code null}); the selection keeps what still exists. */
    public void show(Diagram newDiagram, DiagramLayout newLayout) {
        this.diagram = newDiagram;
        this.layout = newLayout;
        this.preview = null;
        nodeById.clear();
        edgeById.clear();
        if (diagram != null) {
            diagram.nodes().forEach(n -> nodeById.put(n.id(), n));
            diagram.edges().forEach(e -> edgeById.put(e.id(), e));
        }
        selection.removeIf(id -> !nodeById.containsKey(id) && !edgeById.containsKey(id));
        drawingWidth = measureWidth(newLayout);
        updateScrollBars();
        redraw(); // the model changed: labels, kinds and findings anywhere may have too
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramLayout diagramLayout() {
        return layout;
    }

    /** Lets the user edit through {@code newEdits}; without it the diagram is read-only. */
    public void setEdits(Edits newEdits) {
        this.edits = newEdits;
    }

    /** Calls {@code listener} with the ids of the elements selected by the user. */
    public void onSelect(Consumer<List<String>> listener) {
        this.selectionListener = listener;
    }

    /** Calls {@code listener} when the canvas goes back to the select tool by itself (after creating, on Escape). */
    public void onToolChange(Consumer<Object> listener) {
        this.toolListener = listener;
    }

    /** Sets the tool: {@code null} selects, {@link #FLOW_TOOL} draws flows, anything else is created where the user clicks. */
    public void setTool(Object newTool) {
        tool = newTool;
        setCursor(getDisplay().getSystemCursor(newTool == null ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
    }

    public Object tool() {
        return tool;
    }

    /** Marks the element with {@code id} as the only selected one ({@code null} for none). */
    public void select(String id) {
        setSelection(id == null ? List.of() : List.of(id));
    }

    /** Marks the elements with {@code ids} as selected. */
    public void setSelection(Collection<String> ids) {
        if (!new ArrayList<>(selection).equals(new ArrayList<>(new LinkedHashSet<>(ids)))) {
            Set<String> before = new HashSet<>(selection);
            selection.clear();
            selection.addAll(ids);
            before.addAll(selection);
            damage(bounds(current(), before));
        }
    }

    /** @return the first selected element's id, or {@code null} */
    public String selected() {
        return selection.isEmpty() ? null : selection.iterator().next();
    }

    /** @return the selected elements' ids, in the order they were selected */
    public List<String> selection() {
        return List.copyOf(selection);
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
        setZoom(Math.min(area.width / Math.max(1, drawingWidth()), area.height / Math.max(1, height(layout))));
    }

    /** Shows only the flows that are third-country transfers (and the nodes they connect). */
    public void setTransfersOnly(boolean value) {
        transfersOnly = value;
        redraw();
    }

    /** @return the point on the canvas (pixels) where the drawing's point {@code p} is shown */
    public Point toCanvas(DiagramLayout.Point p) {
        Point o = offset();
        return new Point((int) Math.round(p.x() * zoom - o.x), (int) Math.round(p.y() * zoom - o.y));
    }

    /** @return the drawing's point shown at canvas pixel {@code (x, y)} */
    public DiagramLayout.Point toDiagram(int x, int y) {
        Point o = offset();
        return new DiagramLayout.Point((x + o.x) / zoom, (y + o.y) / zoom);
    }

    private DiagramLayout current() {
        return preview != null ? preview : layout;
    }

    private static double height(DiagramLayout l) {
        return DiagramRenderer.height(l);
    }

    /** @return the width of the whole drawing, legend included, at 100% (measured once per layout shown) */
    public double drawingWidth() {
        return drawingWidth;
    }

    /** @return the width of {@code l} with the legend as the painter's fonts write it */
    private double measureWidth(DiagramLayout l) {
        if (l == null) {
            return 0;
        }
        GC gc = new GC(this);
        try {
            return painter.width(gc, l);
        } finally {
            gc.dispose();
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1));
            e.doit = false;
        }
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        double width = drawingWidth() * zoom;
        double height = layout == null ? 0 : height(layout) * zoom;
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

    // ---- mouse ----------------------------------------------------------------------------

    private void mouseDown(Event e) {
        if (layout == null || diagram == null) {
            return;
        }
        setFocus();
        finishRename(true);
        DiagramLayout.Point at = toDiagram(e.x, e.y);
        if (e.button == 2) {
            drag = Drag.PAN;
            panStart = new Point(e.x, e.y);
            panOrigin = offset();
            return;
        }
        if (e.button != 1) {
            return;
        }
        dragStart = at;
        dragNow = at;
        String hit = hit(e.x, e.y);
        if (tool == FLOW_TOOL) {
            if (nodeById.containsKey(hit) && edits != null) {
                drag = Drag.CONNECT;
                dragId = hit;
            }
            return;
        }
        if (tool != null) {
            if (edits != null) {
                edits.create(tool, at);
            }
            setTool(null);
            toolListener.accept(null);
            return;
        }
        if (edits != null && selection.size() == 1) {
            String only = selected();
            Box box = layout.nodes().get(only);
            if (box != null && near(e.x, e.y, new DiagramLayout.Point(box.x() + box.width(), box.y() + box.height()))) {
                drag = Drag.RESIZE;
                dragId = only;
                return;
            }
            List<DiagramLayout.Point> route = layout.edges().get(only);
            Diagram.Edge edge = edgeById.get(only);
            if (route != null && edge != null && !edge.subProcessor()) {
                if (near(e.x, e.y, route.get(0))) {
                    drag = Drag.RECONNECT_SOURCE;
                    dragId = only;
                    return;
                }
                if (near(e.x, e.y, route.get(route.size() - 1))) {
                    drag = Drag.RECONNECT_TARGET;
                    dragId = only;
                    return;
                }
            }
        }
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (hit == null) {
            if (!toggle) {
                userSelect(List.of());
            }
            drag = Drag.MARQUEE;
            return;
        }
        if (toggle) {
            Set<String> next = new LinkedHashSet<>(selection);
            if (!next.remove(hit)) {
                next.add(hit);
            }
            userSelect(next);
        } else if (!selection.contains(hit)) {
            userSelect(List.of(hit));
        }
        if (nodeById.containsKey(hit) && selection.contains(hit) && edits != null) {
            drag = Drag.MOVE;
        }
    }

    private boolean near(int x, int y, DiagramLayout.Point p) {
        Point c = toCanvas(p);
        return Math.abs(c.x - x) <= HANDLE && Math.abs(c.y - y) <= HANDLE;
    }

    private void mouseMove(Event e) {
        if (drag == Drag.NONE) {
            setToolTipText(tooltip(hit(e.x, e.y)));
            return;
        }
        if (drag == Drag.PAN) {
            getHorizontalBar().setSelection(panOrigin.x - (e.x - panStart.x));
            getVerticalBar().setSelection(panOrigin.y - (e.y - panStart.y));
            redraw();
            return;
        }
        Rectangle before = overlay();
        DiagramLayout shownBefore = current();
        dragNow = toDiagram(e.x, e.y);
        if (drag == Drag.MOVE || drag == Drag.RESIZE) {
            preview = layout.with(diagram, positions(dragged(drag)));
            damage(changed(shownBefore, preview));
        }
        damage(before);
        damage(overlay());
    }

    private void mouseUp(Event e) {
        Drag done = drag;
        drag = Drag.NONE;
        if (done == Drag.NONE || done == Drag.PAN) {
            return;
        }
        damage(overlay(done));
        dragNow = toDiagram(e.x, e.y);
        String hit = hit(e.x, e.y);
        switch (done) {
        case MOVE, RESIZE -> {
            Map<String, Box> moved = dragged(done);
            preview = null;
            if (!moved.isEmpty() && !moved.equals(subset(layout.nodes(), moved.keySet()))) {
                edits.move(moved);
            } else {
                redraw();
            }
        }
        case MARQUEE -> {
            Area r = Area.of(dragStart, dragNow);
            Set<String> next = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? selection : Set.of());
            layout.nodes().forEach((id, b) -> {
                if (visible(id) && r.intersects(b)) {
                    next.add(id);
                }
            });
            layout.edges().forEach((id, route) -> {
                if (visible(id) && r.contains(Area.around(route))) {
                    next.add(id);
                }
            });
            userSelect(next);
        }
        case CONNECT -> {
            if (nodeById.containsKey(hit) && !hit.equals(dragId)) {
                edits.connect(dragId, hit);
            }
        }
        case RECONNECT_SOURCE, RECONNECT_TARGET -> {
            if (nodeById.containsKey(hit)) {
                edits.reconnect(dragId, done == Drag.RECONNECT_SOURCE, hit);
            }
        }
        default -> {
        }
        }
    }

    /** @return the new bounds of the nodes being moved or resized */
    private Map<String, Box> dragged(Drag kind) {
        Map<String, Box> moved = new LinkedHashMap<>();
        double dx = dragNow.x() - dragStart.x();
        double dy = dragNow.y() - dragStart.y();
        if (kind == Drag.RESIZE) {
            Box b = layout.nodes().get(dragId);
            moved.put(dragId, new Box(b.x(), b.y(), Math.max(MIN_WIDTH, b.width() + dx), Math.max(MIN_HEIGHT, b.height() + dy)));
            return moved;
        }
        for (String id : selection) {
            Box b = layout.nodes().get(id);
            if (b != null) {
                moved.put(id, new Box(Math.max(0, b.x() + dx), Math.max(0, b.y() + dy), b.width(), b.height()));
            }
        }
        return moved;
    }

    private static Map<String, Box> subset(Map<String, Box> all, Set<String> ids) {
        Map<String, Box> result = new LinkedHashMap<>();
        for (String id : ids) {
            result.put(id, all.get(id));
        }
        return result;
    }

    /** @return positions for the nodes in {@code moved}: laid over the layout shown, they move only those */
    private static DiagramPositions positions(Map<String, Box> moved) {
        DiagramPositions positions = new DiagramPositions();
        moved.forEach(positions::put);
        return positions;
    }

    private void userSelect(Collection<String> ids) {
        setSelection(ids);
        selectionListener.accept(selection());
    }

    // ---- keyboard -------------------------------------------------------------------------

    private void key(Event e) {
        if (layout == null || diagram == null) {
            return;
        }
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (mod && (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
            setZoom(zoom * 1.25);
        } else if (mod && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            setZoom(zoom / 1.25);
        } else if (mod && (e.character == '0' || e.keyCode == SWT.KEYPAD_0)) {
            setZoom(1);
        } else if (mod && (e.keyCode == 'a' || e.character == 1)) {
            selectAll();
        } else if (e.keyCode == SWT.DEL) {
            notifyDelete();
        } else if (e.keyCode == SWT.F2) {
            renameSelected();
        } else if (e.keyCode == SWT.ESC) {
            escape();
        } else if (isArrow(e.keyCode) && (e.stateMask & SWT.SHIFT) != 0 && edits != null) {
            nudge(e.keyCode);
        } else if (isArrow(e.keyCode)) {
            walk(e.keyCode);
        }
    }

    /** Selects every node shown. */
    public void selectAll() {
        if (diagram != null) {
            userSelect(diagram.nodes().stream().map(Diagram.Node::id).filter(this::visible).toList());
        }
    }

    /** Asks for the selected elements to be deleted. */
    public void notifyDelete() {
        if (edits != null && !selection.isEmpty()) {
            edits.delete(selection());
        }
    }

    /** Opens the rename field on the selected node. */
    public void renameSelected() {
        if (nodeById.containsKey(selected())) {
            rename(selected());
        }
    }

    private static boolean isArrow(int code) {
        return code == SWT.ARROW_LEFT || code == SWT.ARROW_RIGHT || code == SWT.ARROW_UP || code == SWT.ARROW_DOWN;
    }

    private void escape() {
        if (drag != Drag.NONE) {
            drag = Drag.NONE;
            preview = null;
            redraw();
        } else if (tool != null) {
            setTool(null);
            toolListener.accept(null);
        } else {
            userSelect(List.of());
        }
    }

    /** Moves the selected nodes by one grid step (8 points). */
    private void nudge(int code) {
        double dx = code == SWT.ARROW_LEFT ? -8 : code == SWT.ARROW_RIGHT ? 8 : 0;
        double dy = code == SWT.ARROW_UP ? -8 : code == SWT.ARROW_DOWN ? 8 : 0;
        Map<String, Box> moved = new LinkedHashMap<>();
        for (String id : selection) {
            Box b = layout.nodes().get(id);
            if (b != null) {
                moved.put(id, new Box(Math.max(0, b.x() + dx), Math.max(0, b.y() + dy), b.width(), b.height()));
            }
        }
        if (!moved.isEmpty()) {
            edits.move(moved);
        }
    }

    /** Selects the nearest visible node in the arrow's direction from the selected one. */
    private void walk(int code) {
        Box from = layout.nodes().get(selected());
        if (from == null) {
            cycle(1);
            return;
        }
        DiagramLayout.Point c = from.centre();
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, Box> e : layout.nodes().entrySet()) {
            DiagramLayout.Point p = e.getValue().centre();
            double ahead = switch (code) {
            case SWT.ARROW_LEFT -> c.x() - p.x();
            case SWT.ARROW_RIGHT -> p.x() - c.x();
            case SWT.ARROW_UP -> c.y() - p.y();
            default -> p.y() - c.y();
            };
            double aside = code == SWT.ARROW_LEFT || code == SWT.ARROW_RIGHT ? Math.abs(p.y() - c.y()) : Math.abs(p.x() - c.x());
            if (ahead > 1 && visible(e.getKey())) {
                double score = ahead + 2 * aside;
                if (score < bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
        }
        if (best != null) {
            userSelect(List.of(best));
            reveal(best);
        }
    }

    /** Selects the next (or previous) node in the diagram's order. */
    private void cycle(int step) {
        List<String> ids = diagram.nodes().stream().map(Diagram.Node::id).filter(this::visible).toList();
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(selected());
        String next = ids.get(Math.floorMod(at < 0 ? step > 0 ? -1 : 0 : at + step, ids.size()));
        userSelect(List.of(next));
        reveal(next);
    }

    /** Scrolls so that node {@code id} is visible. */
    public void reveal(String id) {
        Box b = layout == null ? null : layout.nodes().get(id);
        if (b == null) {
            return;
        }
        Rectangle area = getClientArea();
        Point o = offset();
        int left = (int) (b.x() * zoom);
        int top = (int) (b.y() * zoom);
        int right = (int) ((b.x() + b.width()) * zoom);
        int bottom = (int) ((b.y() + b.height()) * zoom);
        int x = left < o.x ? left - 20 : right > o.x + area.width ? right - area.width + 20 : o.x;
        int y = top < o.y ? top - 20 : bottom > o.y + area.height ? bottom - area.height + 20 : o.y;
        if (x != o.x || y != o.y) {
            getHorizontalBar().setSelection(Math.max(0, x));
            getVerticalBar().setSelection(Math.max(0, y));
            redraw();
        }
    }

    // ---- rename in place ------------------------------------------------------------------

    /** Opens a text field over node {@code id} to rename it: Enter or leaving it renames, Escape cancels. */
    public void rename(String id) {
        Box b = layout == null ? null : layout.nodes().get(id);
        if (b == null || edits == null) {
            return;
        }
        finishRename(false);
        reveal(id);
        Point topLeft = toCanvas(new DiagramLayout.Point(b.x(), b.y()));
        Text text = new Text(this, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
        text.setData(id);
        text.setText(nodeById.get(id).label());
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        text.setBounds(topLeft.x, topLeft.y + (int) (b.height() * zoom - height) / 2, (int) Math.max(b.width() * zoom, 120), height);
        text.selectAll();
        text.addListener(SWT.DefaultSelection, e -> finishRename(true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                finishRename(false);
            }
        });
        text.addListener(SWT.FocusOut, e -> getDisplay().asyncExec(() -> finishRename(true)));
        renaming = text;
        text.setFocus();
    }

    /** @return the field in which the user renames a node, or {@code null} */
    public Text renameField() {
        return renaming;
    }

    private void finishRename(boolean commit) {
        Text text = renaming;
        if (text == null || text.isDisposed()) {
            renaming = null;
            return;
        }
        renaming = null;
        String id = (String) text.getData();
        String name = text.getText().strip();
        text.dispose();
        if (!isDisposed()) {
            setFocus();
        }
        Diagram.Node node = nodeById.get(id);
        if (commit && node != null && !name.isEmpty() && !name.equals(node.label())) {
            edits.rename(id, name);
        }
    }

    // ---- hits and tooltips -----------------------------------------------------------------

    /** @return the id of the node or flow at the canvas point, or {@code null} */
    String hit(int x, int y) {
        DiagramLayout l = current();
        if (l == null) {
            return null;
        }
        DiagramLayout.Point p = toDiagram(x, y);
        String found = null;
        for (Map.Entry<String, Box> e : l.nodes().entrySet()) {
            Box b = e.getValue();
            if (p.x() >= b.x() && p.x() <= b.x() + b.width() && p.y() >= b.y() && p.y() <= b.y() + b.height() && visible(e.getKey())) {
                found = e.getKey(); // the last one drawn is on top
            }
        }
        if (found != null) {
            return found;
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : l.edges().entrySet()) {
            List<DiagramLayout.Point> route = e.getValue();
            for (int i = 1; i < route.size(); i++) {
                if (distance(p.x(), p.y(), route.get(i - 1), route.get(i)) < 4 / zoom + 2 && visible(e.getKey())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private boolean visible(String id) {
        if (!transfersOnly) {
            return true;
        }
        Diagram.Edge edge = edgeById.get(id);
        if (edge != null) {
            return edge.transfer();
        }
        for (Diagram.Edge e : diagram.edges()) {
            if (e.transfer() && (e.source().equals(id) || e.target().equals(id))) {
                return true;
            }
        }
        return false;
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
        Diagram.Node n = nodeById.get(id);
        if (n != null) {
            return DiagramRenderer.tooltip(n.label(), n.findings(), n.reviewed());
        }
        Diagram.Edge e = edgeById.get(id);
        return e == null ? null : DiagramRenderer.tooltip(DiagramRenderer.label(e, Locale.getDefault()), e.findings(), e.reviewed());
    }

    // ---- damage ---------------------------------------------------------------------------

    /** @return the drawing's area that the overlay of the drag in progress covers, or {@code null} */
    private Rectangle overlay() {
        return overlay(drag);
    }

    private Rectangle overlay(Drag kind) {
        if (dragStart == null || dragNow == null) {
            return null;
        }
        return switch (kind) {
        case MARQUEE -> toScreen(Area.of(dragStart, dragNow).grow(2));
        case CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET -> {
            DiagramLayout.Point anchor = anchor(kind);
            yield anchor == null ? null : toScreen(Area.of(anchor, dragNow).grow(12));
        }
        default -> null;
        };
    }

    /** @return the fixed end of the rubber band that a flow drag draws */
    private DiagramLayout.Point anchor(Drag kind) {
        if (kind == Drag.CONNECT) {
            Box b = layout.nodes().get(dragId);
            return b == null ? null : b.centre();
        }
        List<DiagramLayout.Point> route = layout.edges().get(dragId);
        if (route == null) {
            return null;
        }
        return kind == Drag.RECONNECT_SOURCE ? route.get(route.size() - 1) : route.get(0);
    }

    /** @return the drawing's area of the elements (nodes, edges, zones) that differ between two layouts */
    private static Area changed(DiagramLayout a, DiagramLayout b) {
        if (a == null || b == null) {
            return null;
        }
        Area area = null;
        for (Map.Entry<String, Box> e : b.nodes().entrySet()) {
            Box old = a.nodes().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Area.union(area, Area.ofNode(e.getValue()));
                area = Area.union(area, old == null ? null : Area.ofNode(old));
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : b.edges().entrySet()) {
            List<DiagramLayout.Point> old = a.edges().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Area.union(area, Area.ofEdge(e.getValue()));
                area = Area.union(area, old == null ? null : Area.ofEdge(old));
            }
        }
        for (Zone z : Zone.values()) {
            Box nb = b.zones().get(z);
            Box ob = a.zones().get(z);
            if (nb != null && !nb.equals(ob) || nb == null && ob != null) {
                area = Area.union(area, nb == null ? null : Area.of(nb).grow(3));
                area = Area.union(area, ob == null ? null : Area.of(ob).grow(3));
            }
        }
        return area;
    }

    private static Area bounds(DiagramLayout l, Collection<String> ids) {
        if (l == null) {
            return null;
        }
        Area area = null;
        for (String id : ids) {
            Box b = l.nodes().get(id);
            List<DiagramLayout.Point> route = l.edges().get(id);
            area = Area.union(area, b == null ? null : Area.ofNode(b));
            area = Area.union(area, route == null ? null : Area.ofEdge(route));
        }
        return area;
    }

    private void damage(Area area) {
        damage(toScreen(area));
    }

    private void damage(Rectangle r) {
        if (r != null) {
            damaged = damaged == null ? r : damaged.union(r);
            redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    /** @return the area marked for repainting since the last call (canvas pixels), or {@code null}; for measurements */
    public Rectangle takeDamage() {
        Rectangle r = damaged;
        damaged = null;
        return r;
    }

    /** Paints only {@code area} of what the canvas shows now into {@code gc}, as a partial repaint does. */
    public void paintArea(GC gc, Rectangle area) {
        gc.setClipping(area);
        paint(gc, offset(), zoom, area, true);
        gc.setClipping((Rectangle) null);
    }

    private Rectangle toScreen(Area r) {
        if (r == null) {
            return null;
        }
        Point o = offset();
        int x = (int) Math.floor(r.x() * zoom) - o.x - 1;
        int y = (int) Math.floor(r.y() * zoom) - o.y - 1;
        return new Rectangle(x, y, (int) Math.ceil(r.width() * zoom) + 3, (int) Math.ceil(r.height() * zoom) + 3);
    }

    // ---- painting -------------------------------------------------------------------------

    /** Paints what the canvas shows now (its scroll position and zoom) into {@code gc}, as a full repaint does. */
    public void paintVisible(GC gc) {
        paint(gc, offset(), zoom, getClientArea(), true);
    }

    /** @return the whole diagram drawn at {@code scale} (e.g. 2 for a sharp PNG), by the same code as the screen, without selection */
    public ImageData snapshot(double scale) {
        int width = (int) Math.ceil(drawingWidth() * scale) + 1;
        int height = (int) Math.ceil(height(layout) * scale) + 1;
        Image image = new Image(getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            paint(gc, new Point(0, 0), scale, new Rectangle(0, 0, width, height), false);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void paint(GC gc, Point offset, double scale, Rectangle area, boolean interactive) {
        DiagramPainter.Scene scene = interactive
                ? new DiagramPainter.Scene(diagram, current(), Set.copyOf(selection), transfersOnly, HANDLE / zoom, overlay(drag, dragNow))
                : new DiagramPainter.Scene(diagram, layout, Set.of(), transfersOnly, 0, null);
        painter.paint(gc, scene, offset, scale, area);
    }

    /** @return the marquee or rubber band of the drag in progress, in drawing coordinates, or {@code null} */
    private DiagramPainter.Overlay overlay(Drag kind, DiagramLayout.Point now) {
        if (dragStart == null || now == null) {
            return null;
        }
        if (kind == Drag.MARQUEE) {
            return new DiagramPainter.Overlay(true, dragStart, now);
        }
        DiagramLayout.Point anchor = kind == Drag.CONNECT || kind == Drag.RECONNECT_SOURCE || kind == Drag.RECONNECT_TARGET ? anchor(kind) : null;
        return anchor == null ? null : new DiagramPainter.Overlay(false, anchor, now);
    }
}
