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
import org.eclipse.swt.widgets.Text;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;
import privflow.diagram.Palette;
import privflow.diagram.Zone;
import privflow.core.Severity;

/**
 * Draws a laid-out diagram and lets the user edit it: double-buffered and anti-aliased, zoomable
 * (Ctrl+wheel, Ctrl+= / Ctrl+- / Ctrl+0, 25%-400%) and scrollable (middle-drag pans); nodes and
 * flows with open findings in red or amber with a badge, their findings on hover. With the select
 * tool a click selects (Ctrl toggles), a drag on empty space selects by marquee, a drag moves the
 * selected nodes, the corner handle resizes a node, the end handles of a selected flow reconnect
 * it; double-click or F2 renames, Delete deletes, Tab and the arrow keys walk the nodes,
 * Shift+arrows move them. Other tools create a node where the user clicks, or a flow from a drag
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
    private static final double LEGEND_HEIGHT = 28;

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
    private final Map<String, Color> colours = new HashMap<>();
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
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                int step = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0 ? -1 : 1;
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                cycle(step);
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                escape();
            }
        });
        addListener(SWT.Dispose, e -> colours.values().forEach(Color::dispose));
    }

    /** Shows {@code newDiagram} laid out as {@code newLayout} (both may be {@code null}); the selection keeps what still exists. */
    public void show(Diagram newDiagram, DiagramLayout newLayout) {
        DiagramLayout before = layout;
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
        updateScrollBars();
        if (before == null || newLayout == null || before.width() != newLayout.width() || before.height() != newLayout.height()) {
            redraw();
        } else {
            damage(changed(before, newLayout));
            damageAll(before, newLayout, diagram);
        }
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
        setZoom(Math.min(area.width / Math.max(1, layout.width()), area.height / Math.max(1, height(layout))));
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
        return l.height() + LEGEND_HEIGHT;
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
            Rect r = Rect.of(dragStart, dragNow);
            Set<String> next = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? selection : Set.of());
            layout.nodes().forEach((id, b) -> {
                if (visible(id) && r.intersects(b)) {
                    next.add(id);
                }
            });
            layout.edges().forEach((id, route) -> {
                if (visible(id) && r.contains(Rect.around(route))) {
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
            return n.findings().isEmpty() ? n.label() : n.label() + "\n" + String.join("\n", n.findings()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Diagram.Edge e = edgeById.get(id);
        if (e != null) {
            String label = e.subProcessor() ? Messages.Diagram_SubProcessor : e.label();
            return e.findings().isEmpty() ? label : label + "\n" + String.join("\n", e.findings()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return null;
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
        case MARQUEE -> toScreen(Rect.of(dragStart, dragNow).grow(2));
        case CONNECT, RECONNECT_SOURCE, RECONNECT_TARGET -> {
            DiagramLayout.Point anchor = anchor(kind);
            yield anchor == null ? null : toScreen(Rect.of(anchor, dragNow).grow(12));
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
    private static Rect changed(DiagramLayout a, DiagramLayout b) {
        if (a == null || b == null) {
            return null;
        }
        Rect area = null;
        for (Map.Entry<String, Box> e : b.nodes().entrySet()) {
            Box old = a.nodes().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Rect.union(area, nodeArea(e.getValue()));
                area = Rect.union(area, old == null ? null : nodeArea(old));
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : b.edges().entrySet()) {
            List<DiagramLayout.Point> old = a.edges().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Rect.union(area, edgeArea(e.getValue()));
                area = Rect.union(area, old == null ? null : edgeArea(old));
            }
        }
        for (Zone z : Zone.values()) {
            Box nb = b.zones().get(z);
            Box ob = a.zones().get(z);
            if (nb != null && !nb.equals(ob) || nb == null && ob != null) {
                area = Rect.union(area, nb == null ? null : Rect.of(nb).grow(3));
                area = Rect.union(area, ob == null ? null : Rect.of(ob).grow(3));
            }
        }
        return area;
    }

    /** Adds what vanished from a layout (deleted nodes and edges) and what changed in the diagram's content (labels, findings). */
    private void damageAll(DiagramLayout before, DiagramLayout after, Diagram now) {
        for (Map.Entry<String, Box> e : before.nodes().entrySet()) {
            if (!after.nodes().containsKey(e.getKey())) {
                damage(nodeArea(e.getValue()));
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : before.edges().entrySet()) {
            if (!after.edges().containsKey(e.getKey())) {
                damage(edgeArea(e.getValue()));
            }
        }
        if (now != null) {
            // labels, kinds and findings may have changed without a move: nodes and edges are cheap to repaint by area
            for (Diagram.Node n : now.nodes()) {
                Box b = after.nodes().get(n.id());
                if (b != null) {
                    damage(nodeArea(b));
                }
            }
            for (Map.Entry<String, List<DiagramLayout.Point>> e : after.edges().entrySet()) {
                damage(edgeArea(e.getValue()));
            }
        }
    }

    private static Rect nodeArea(Box b) {
        return Rect.of(b).grow(12);
    }

    private static Rect edgeArea(List<DiagramLayout.Point> route) {
        Rect r = Rect.around(route).grow(12);
        if (route.size() >= 2) {
            DiagramLayout.Point m = DiagramLayout.LabelPlace.on(route).at();
            r = Rect.union(r, new Rect(m.x() - 110, m.y() - 16, 220, 24));
        }
        return r;
    }

    private static Rect bounds(DiagramLayout l, Collection<String> ids) {
        if (l == null) {
            return null;
        }
        Rect area = null;
        for (String id : ids) {
            Box b = l.nodes().get(id);
            List<DiagramLayout.Point> route = l.edges().get(id);
            area = Rect.union(area, b == null ? null : nodeArea(b));
            area = Rect.union(area, route == null ? null : edgeArea(route));
        }
        return area;
    }

    private void damage(Rect area) {
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

    private Rectangle toScreen(Rect r) {
        if (r == null) {
            return null;
        }
        Point o = offset();
        int x = (int) Math.floor(r.x * zoom) - o.x - 1;
        int y = (int) Math.floor(r.y * zoom) - o.y - 1;
        return new Rectangle(x, y, (int) Math.ceil(r.width * zoom) + 3, (int) Math.ceil(r.height * zoom) + 3);
    }

    /** A rectangle in drawing coordinates, for damage and culling. */
    private record Rect(double x, double y, double width, double height) {
        static Rect of(Box b) {
            return new Rect(b.x(), b.y(), b.width(), b.height());
        }

        static Rect of(DiagramLayout.Point a, DiagramLayout.Point b) {
            return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
        }

        static Rect around(List<DiagramLayout.Point> points) {
            double x1 = Double.MAX_VALUE;
            double y1 = Double.MAX_VALUE;
            double x2 = -Double.MAX_VALUE;
            double y2 = -Double.MAX_VALUE;
            for (DiagramLayout.Point p : points) {
                x1 = Math.min(x1, p.x());
                y1 = Math.min(y1, p.y());
                x2 = Math.max(x2, p.x());
                y2 = Math.max(y2, p.y());
            }
            return new Rect(x1, y1, x2 - x1, y2 - y1);
        }

        static Rect union(Rect a, Rect b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            double x1 = Math.min(a.x, b.x);
            double y1 = Math.min(a.y, b.y);
            return new Rect(x1, y1, Math.max(a.x + a.width, b.x + b.width) - x1, Math.max(a.y + a.height, b.y + b.height) - y1);
        }

        Rect grow(double by) {
            return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
        }

        boolean intersects(Box b) {
            return b.x() <= x + width && b.x() + b.width() >= x && b.y() <= y + height && b.y() + b.height() >= y;
        }

        boolean intersects(Rect r) {
            return r.x <= x + width && r.x + r.width >= x && r.y <= y + height && r.y + r.height >= y;
        }

        boolean contains(Rect r) {
            return r.x >= x && r.y >= y && r.x + r.width <= x + width && r.y + r.height <= y + height;
        }
    }

    // ---- painting -------------------------------------------------------------------------

    /** Paints what the canvas shows now (its scroll position and zoom) into {@code gc}, as a full repaint does. */
    public void paintVisible(GC gc) {
        paint(gc, offset(), zoom, getClientArea(), true);
    }

    /** @return the whole diagram drawn at {@code scale} (e.g. 2 for a sharp PNG), by the same code as the screen, without selection */
    public ImageData snapshot(double scale) {
        int width = (int) Math.ceil(layout.width() * scale) + 1;
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
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        DiagramLayout l = interactive ? current() : layout;
        if (diagram == null || l == null) {
            return;
        }
        Rect clip = new Rect((area.x + offset.x) / scale, (area.y + offset.y) / scale, area.width / scale, area.height / scale);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(getDisplay());
        try {
            transform.translate(-offset.x, -offset.y);
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            paintZones(gc, l, clip);
            paintEdges(gc, l, clip, interactive);
            paintNodes(gc, l, clip, interactive);
            paintLegend(gc, l, clip);
            if (interactive) {
                paintOverlay(gc, l);
            }
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
    }

    private void paintZones(GC gc, DiagramLayout l, Rect clip) {
        gc.setLineStyle(SWT.LINE_DASH);
        for (Map.Entry<Zone, Box> zone : l.zones().entrySet()) {
            Box b = zone.getValue();
            if (!clip.intersects(Rect.of(b).grow(2))) {
                continue;
            }
            gc.setBackground(colour(Palette.zone(zone.getKey())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.ZONE_BORDER));
            gc.drawRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(Palette.zoneTitle(zone.getKey(), Locale.getDefault()), i(b.x() + 12), i(b.y() + 8), true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintEdges(GC gc, DiagramLayout l, Rect clip, boolean interactive) {
        for (Diagram.Edge edge : diagram.edges()) {
            List<DiagramLayout.Point> route = l.edges().get(edge.id());
            if (route == null || route.size() < 2 || transfersOnly && !edge.transfer() || !clip.intersects(edgeArea(route))) {
                continue;
            }
            boolean chosen = interactive && selection.contains(edge.id());
            Color colour = colour(chosen ? Palette.SELECTION : Palette.severity(edge.severity(), Palette.EDGE));
            gc.setForeground(colour);
            gc.setBackground(colour);
            gc.setLineWidth(chosen ? 3 : edge.transfer() ? 2 : 1);
            gc.setLineStyle(edge.subProcessor() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int[] points = new int[route.size() * 2];
            for (int k = 0; k < route.size(); k++) {
                points[2 * k] = i(route.get(k).x());
                points[2 * k + 1] = i(route.get(k).y());
            }
            gc.drawPolyline(points);
            gc.setLineStyle(SWT.LINE_SOLID);
            arrow(gc, route.get(route.size() - 2), route.get(route.size() - 1));
            paintLabel(gc, edge.label(), route);
            if (chosen && selection.size() == 1 && !edge.subProcessor()) {
                handle(gc, route.get(0));
                handle(gc, route.get(route.size() - 1));
            }
        }
        gc.setLineWidth(1);
    }

    /** Writes a flow's label over its longest segment, shortened to fit; leaves it to the tooltip where it does not fit. */
    private void paintLabel(GC gc, String text, List<DiagramLayout.Point> route) {
        DiagramLayout.LabelPlace place = DiagramLayout.LabelPlace.on(route);
        String label = place.fit(text, 6);
        if (label.isEmpty()) {
            return;
        }
        Point extent = gc.textExtent(label);
        while (extent.x > place.room() && label.length() > 6) {
            label = label.substring(0, label.length() - 2) + '\u2026';
            extent = gc.textExtent(label);
        }
        if (extent.x > place.room()) {
            return;
        }
        DiagramLayout.Point m = place.at();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(i(m.x() - extent.x / 2.0 - 2), i(m.y() - extent.y), extent.x + 4, extent.y);
        gc.setForeground(colour(Palette.LABEL));
        gc.drawText(label, i(m.x() - extent.x / 2.0), i(m.y() - extent.y), true);
    }

    private void handle(GC gc, DiagramLayout.Point p) {
        double size = HANDLE / zoom;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(i(p.x() - size / 2), i(p.y() - size / 2), i(size), i(size));
        gc.setForeground(colour(Palette.SELECTION));
        gc.setLineWidth(1);
        gc.drawRectangle(i(p.x() - size / 2), i(p.y() - size / 2), i(size), i(size));
    }

    private static void arrow(GC gc, DiagramLayout.Point from, DiagramLayout.Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 9;
        int[] head = { i(to.x()), i(to.y()), i(to.x() - size * Math.cos(angle - 0.4)), i(to.y() - size * Math.sin(angle - 0.4)),
                i(to.x() - size * Math.cos(angle + 0.4)), i(to.y() - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private void paintNodes(GC gc, DiagramLayout l, Rect clip, boolean interactive) {
        Set<String> shown = new HashSet<>();
        if (transfersOnly) {
            for (Diagram.Edge e : diagram.edges()) {
                if (e.transfer()) {
                    shown.add(e.source());
                    shown.add(e.target());
                }
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            Box b = l.nodes().get(node.id());
            if (b == null || transfersOnly && !shown.contains(node.id()) || !clip.intersects(nodeArea(b))) {
                continue;
            }
            boolean chosen = interactive && selection.contains(node.id());
            int arc = node.kind() == Diagram.Kind.SUBJECTS ? 40 : 8;
            gc.setBackground(colour(Palette.kind(node.kind())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), arc, arc);
            gc.setForeground(colour(chosen ? Palette.SELECTION : Palette.severity(node.severity(), Palette.BORDER)));
            gc.setLineWidth(chosen ? 3 : node.severity() == null ? 1 : 3);
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
                badge(gc, b, node);
            }
            if (chosen && selection.size() == 1) {
                handle(gc, new DiagramLayout.Point(b.x() + b.width(), b.y() + b.height()));
            }
        }
    }

    private void badge(GC gc, Box b, Diagram.Node node) {
        gc.setBackground(colour(Palette.severity(node.severity(), Palette.BORDER)));
        gc.fillOval(i(b.x() + b.width() - 12), i(b.y() - 4), 16, 16);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        String count = Integer.toString(node.findings().size());
        Point c = gc.textExtent(count);
        gc.drawText(count, i(b.x() + b.width() - 4 - c.x / 2.0), i(b.y() + 4 - c.y / 2.0), true);
    }

    /** The legend under the drawing: node kinds, and the colours of findings. */
    private void paintLegend(GC gc, DiagramLayout l, Rect clip) {
        double y = l.height() + 6;
        if (!clip.intersects(new Rect(0, y, Math.max(l.width(), 900), LEGEND_HEIGHT))) {
            return;
        }
        double x = 16;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            gc.setBackground(colour(Palette.kind(kind)));
            gc.fillRoundRectangle(i(x), i(y), 18, 14, 6, 6);
            gc.setForeground(colour(Palette.BORDER));
            gc.drawRoundRectangle(i(x), i(y), 18, 14, 6, 6);
            String label = Palette.kindLabel(kind, Locale.getDefault());
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(label, i(x + 24), i(y), true);
            x += 40 + gc.textExtent(label).x;
        }
        for (Severity s : new Severity[] { Severity.HIGH, Severity.MEDIUM }) {
            gc.setBackground(colour(Palette.severity(s, Palette.BORDER)));
            gc.fillOval(i(x), i(y), 14, 14);
            String label = Palette.findingLabel(s, Locale.getDefault());
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(label, i(x + 20), i(y), true);
            x += 36 + gc.textExtent(label).x;
        }
    }

    /** The marquee or the rubber band of a flow being drawn. */
    private void paintOverlay(GC gc, DiagramLayout l) {
        if (dragStart == null || dragNow == null) {
            return;
        }
        gc.setForeground(colour(Palette.SELECTION));
        gc.setLineWidth(1);
        if (drag == Drag.MARQUEE) {
            Rect r = Rect.of(dragStart, dragNow);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(i(r.x), i(r.y), i(r.width), i(r.height));
            gc.setLineStyle(SWT.LINE_SOLID);
        } else if (drag == Drag.CONNECT || drag == Drag.RECONNECT_SOURCE || drag == Drag.RECONNECT_TARGET) {
            DiagramLayout.Point anchor = anchor(drag);
            if (anchor != null) {
                gc.setLineWidth(2);
                gc.drawLine(i(anchor.x()), i(anchor.y()), i(dragNow.x()), i(dragNow.y()));
                gc.setLineWidth(1);
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
