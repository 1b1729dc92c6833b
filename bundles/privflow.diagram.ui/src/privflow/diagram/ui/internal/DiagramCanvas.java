// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Collection;
import java.util.List;
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
import org.eclipse.swt.widgets.Text;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramRenderer;

/**
 * Draws a laid-out diagram and lets the user edit it, double-buffered and anti-aliased, repainting
 * only what changed. The canvas owns the {@link Viewport} (zoom 25%-400% with Ctrl+wheel,
 * middle-drag pans), the selection and the palette tool; what a press of the mouse does is the
 * tool's ({@link SelectionTool}, {@link ConnectionTool}, {@link CreationTool}), a drag is followed
 * by a {@link DragTracker}, the keyboard is {@link CanvasKeys}'s. The same painting code renders
 * the PNG export.
 */
public final class DiagramCanvas extends Canvas {

    private static final int MIN_VISIBLE = 48;

    private final DiagramContent content = new DiagramContent();
    private final Viewport viewport = new Viewport(this);
    private final Damage damage = new Damage(this, viewport);
    private final CanvasKeys keys = new CanvasKeys(this);
    private final InPlaceRename rename = new InPlaceRename(this);
    private final SelectionManager selection = new SelectionManager(ids -> damage.add(Damage.bounds(content.current(), ids)));
    private final DiagramPainter painter;
    private final EditDomain domain = new EditDomain(this);
    private DiagramEdits edits;
    private double drawingWidth;
    private boolean fitWhenVisible;

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        painter = new DiagramPainter(getDisplay());
        addListener(SWT.Paint, e -> paint(e.gc, viewport.offset(), zoom(), new Rectangle(e.x, e.y, e.width, e.height), true));
        addListener(SWT.Resize, e -> {
            viewport.updateScrollBars();
            if (fitWhenVisible && sized()) {
                fitWhenVisible = false;
                fitFirstTime();
            }
        });
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                setZoom(zoom() * (e.count > 0 ? 1.1 : 1 / 1.1));
                e.doit = false;
            }
        });
        addListener(SWT.MouseDown, e -> {
            if (!content.isEmpty()) {
                setFocus();
                rename.finish(true);
                domain.mouseDown(e);
            }
        });
        addListener(SWT.MouseMove, domain::mouseMove);
        addListener(SWT.MouseUp, domain::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> {
            String hit = hit(e.x, e.y);
            if (e.button == 1 && domain.entry() == PaletteEntry.SELECT && content.node(hit) != null) {
                rename(hit);
            }
        });
        addListener(SWT.KeyDown, keys::keyDown);
        addListener(SWT.Traverse, keys::traverse);
        addListener(SWT.Dispose, e -> painter.dispose());
    }

    /** Shows {@code newDiagram} laid out as {@code newLayout} (both may be {@code null}); the selection keeps what still exists. */
    public void show(Diagram newDiagram, DiagramLayout newLayout) {
        content.show(newDiagram, newLayout);
        selection.retain(content::exists);
        drawingWidth = painter.width(this, newLayout);
        viewport.setDrawingSize(drawingWidth, newLayout == null ? 0 : DiagramRenderer.height(newLayout));
        redraw(); // the model changed: labels, kinds and findings anywhere may have too
    }

    public Diagram diagram() {
        return content.diagram();
    }

    public DiagramLayout diagramLayout() {
        return content.layout();
    }

    /** Lets the user edit through {@code newEdits}; without it the diagram is read-only. */
    public void setEdits(DiagramEdits newEdits) {
        this.edits = newEdits;
    }

    /** Calls {@code listener} with the ids of the elements selected by the user. */
    public void onSelect(Consumer<List<String>> listener) {
        selection.onUserSelect(listener);
    }

    /** Calls {@code listener} when the canvas goes back to the select tool by itself (after creating, on Escape). */
    public void onToolChange(Consumer<PaletteEntry> listener) {
        domain.onToolChange(listener);
    }

    /** Sets the palette tool. */
    public void setTool(PaletteEntry newEntry) {
        domain.setTool(newEntry);
    }

    public PaletteEntry tool() {
        return domain.entry();
    }

    /** Marks the element with {@code id} as the only selected one ({@code null} for none). */
    public void select(String id) {
        setSelection(id == null ? List.of() : List.of(id));
    }

    /** Marks the elements with {@code ids} as selected. */
    public void setSelection(Collection<String> ids) {
        selection.set(ids);
    }

    /** @return the first selected element's id, or {@code null} */
    public String selected() {
        return selection.first();
    }

    /** @return the selected elements' ids, in the order they were selected */
    public List<String> selection() {
        return selection.get();
    }

    public double zoom() {
        return viewport.zoom();
    }

    /** Sets the zoom, kept between 25% and 400%. */
    public void setZoom(double value) {
        viewport.setZoom(value);
        redraw();
    }

    /** Zooms so that the whole diagram fits the visible area. */
    public void zoomToFit() {
        if (content.layout() != null) {
            setZoom(viewport.fittingZoom());
        }
    }

    /**
     * Fits the whole diagram into the visible area, but not above 100%, when the diagram is shown
     * for the first time; a canvas not yet given a size (a page or view behind another, restored at
     * start-up) does so when it gets one.
     */
    public void zoomToFitFirstTime() {
        if (!sized()) {
            fitWhenVisible = true;
        } else {
            fitFirstTime();
        }
    }

    /** @return whether the canvas has been given a size it can show a diagram in */
    private boolean sized() {
        Rectangle area = getClientArea();
        return area.width >= MIN_VISIBLE && area.height >= MIN_VISIBLE;
    }

    private void fitFirstTime() {
        if (content.layout() != null) {
            setZoom(Math.min(1, viewport.fittingZoom()));
        }
    }

    /** Shows only the flows that are third-country transfers (and the nodes they connect). */
    public void setTransfersOnly(boolean value) {
        content.setTransfersOnly(value);
        redraw();
    }

    /** @return the point on the canvas (pixels) where the drawing's point {@code p} is shown */
    public Point toCanvas(DiagramLayout.Point p) {
        return viewport.toCanvas(p);
    }

    /** @return the drawing's point shown at canvas pixel {@code (x, y)} */
    public DiagramLayout.Point toDiagram(int x, int y) {
        return viewport.toDiagram(x, y);
    }

    /** @return the width of the whole drawing, legend included, at 100% (measured once per layout shown) */
    public double drawingWidth() {
        return drawingWidth;
    }

    /** Selects every node shown. */
    public void selectAll() {
        if (content.diagram() != null) {
            userSelect(content.visibleNodes());
        }
    }

    /** Asks for the selected elements to be deleted. */
    public void notifyDelete() {
        if (edits != null && selected() != null) {
            edits.delete(selection());
        }
    }

    /** Opens the rename field on the selected node. */
    public void renameSelected() {
        if (content.node(selected()) != null) {
            rename(selected());
        }
    }

    /** Opens a text field over node {@code id} to rename it: Enter or leaving it renames, Escape cancels. */
    public void rename(String id) {
        rename.open(id);
    }

    /** @return the field in which the user renames a node, or {@code null} */
    public Text renameField() {
        return rename.field();
    }

    /** Scrolls so that node {@code id} is visible. */
    public void reveal(String id) {
        Box b = content.layout() == null ? null : content.layout().nodes().get(id);
        if (b != null && viewport.reveal(b)) {
            redraw();
        }
    }

    /** @return the area marked for repainting since the last call (canvas pixels), or {@code null}; for measurements */
    public Rectangle takeDamage() {
        return damage.take();
    }

    /** Paints only {@code area} of what the canvas shows now into {@code gc}, as a partial repaint does. */
    public void paintArea(GC gc, Rectangle area) {
        gc.setClipping(area);
        paint(gc, viewport.offset(), zoom(), area, true);
        gc.setClipping((Rectangle) null);
    }

    /** Paints what the canvas shows now (its scroll position and zoom) into {@code gc}, as a full repaint does. */
    public void paintVisible(GC gc) {
        paint(gc, viewport.offset(), zoom(), getClientArea(), true);
    }

    /** @return the whole diagram drawn at {@code scale} (e.g. 2 for a sharp PNG), by the same code as the screen, without selection */
    public ImageData snapshot(double scale) {
        int width = (int) Math.ceil(drawingWidth * scale) + 1;
        int height = (int) Math.ceil(DiagramRenderer.height(content.layout()) * scale) + 1;
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
                ? new DiagramPainter.Scene(content.diagram(), content.current(), selection.asSet(), content.transfersOnly(),
                        SelectionTool.HANDLE / zoom(), domain.tracker() == null ? null : domain.tracker().overlay())
                : new DiagramPainter.Scene(content.diagram(), content.layout(), Set.of(), content.transfersOnly(), 0, null);
        painter.paint(gc, scene, offset, scale, area);
    }

    // ---- for the tools, trackers and keys --------------------------------------------------

    DiagramContent content() {
        return content;
    }

    Viewport viewport() {
        return viewport;
    }

    DiagramEdits edits() {
        return edits;
    }

    Damage damage() {
        return damage;
    }

    /** @return the id of the node or flow at the canvas point, or {@code null} */
    String hit(int x, int y) {
        return content.hit(toDiagram(x, y), 4 / zoom() + 2);
    }

    /** Shows {@code layout} as a preview of the drag in progress, repainting what it changes. */
    void preview(DiagramLayout layout) {
        damage.add(Damage.changed(content.current(), layout));
        content.setPreview(layout);
    }

    /** Selects as the user did, telling the selection listener. */
    void userSelect(Collection<String> ids) {
        selection.userSet(ids);
    }

    void backToSelect() {
        domain.backToSelect();
    }

    void escape() {
        domain.escape();
    }
}
