// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import privflow.diagram.DiagramLayout;
import privflow.diagram.Surface;

/**
 * The {@link Surface} of an SWT graphics context, for the screen and the PNG export: the colours
 * and fonts it needs are made once and kept until {@link #dispose()}. Groups and tooltips mean
 * nothing here (the canvas shows tooltips itself).
 */
final class SwtSurface implements Surface {

    private final Display display;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<Font, org.eclipse.swt.graphics.Font> fonts = new HashMap<>();
    private GC gc;

    SwtSurface(Display display) {
        this.display = display;
    }

    /** Draws on {@code target} from now on. */
    void on(GC target) {
        this.gc = target;
    }

    @Override
    public void begin(String cssClass, String dataKey, String dataValue, String tooltip) {
        // a group is only structure, for SVG
    }

    @Override
    public void end() {
        // see begin
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, String fill, Stroke stroke) {
        int arc = i(2 * radius);
        if (fill != null) {
            gc.setBackground(colour(fill));
            if (arc > 0) {
                gc.fillRoundRectangle(i(x), i(y), i(width), i(height), arc, arc);
            } else {
                gc.fillRectangle(i(x), i(y), i(width), i(height));
            }
        }
        if (stroke != null) {
            stroke(stroke);
            if (arc > 0) {
                gc.drawRoundRectangle(i(x), i(y), i(width), i(height), arc, arc);
            } else {
                gc.drawRectangle(i(x), i(y), i(width), i(height));
            }
        }
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry, String fill, Stroke stroke) {
        if (fill != null) {
            gc.setBackground(colour(fill));
            gc.fillOval(i(cx - rx), i(cy - ry), i(2 * rx), i(2 * ry));
        }
        if (stroke != null) {
            stroke(stroke);
            gc.drawOval(i(cx - rx), i(cy - ry), i(2 * rx), i(2 * ry));
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        stroke(stroke);
        gc.drawLine(i(x1), i(y1), i(x2), i(y2));
    }

    @Override
    public void polyline(List<DiagramLayout.Point> points, Stroke stroke) {
        int[] xy = new int[points.size() * 2];
        for (int k = 0; k < points.size(); k++) {
            xy[2 * k] = i(points.get(k).x());
            xy[2 * k + 1] = i(points.get(k).y());
        }
        stroke(stroke);
        gc.drawPolyline(xy);
    }

    @Override
    public void polygon(double[] points, String fill, Stroke stroke) {
        int[] xy = new int[points.length];
        for (int k = 0; k < xy.length; k++) {
            xy[k] = i(points[k]);
        }
        if (fill != null) {
            gc.setBackground(colour(fill));
            gc.fillPolygon(xy);
        }
        if (stroke != null) {
            stroke(stroke);
            gc.drawPolygon(xy);
        }
    }

    @Override
    public void text(String text, double x, double cy, Anchor anchor, Font font, String colour, boolean halo) {
        gc.setFont(font(font));
        Point extent = gc.textExtent(text);
        double left = anchor == Anchor.MIDDLE ? x - extent.x / 2.0 : x;
        double top = cy - extent.y / 2.0;
        if (halo) {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(i(left - 2), i(top), extent.x + 4, extent.y);
        }
        gc.setForeground(colour(colour));
        gc.drawText(text, i(left), i(top), true);
    }

    @Override
    public double textWidth(String text, Font font) {
        gc.setFont(font(font));
        return gc.textExtent(text).x;
    }

    private void stroke(Stroke stroke) {
        gc.setForeground(colour(stroke.colour()));
        gc.setLineWidth(Math.max(1, (int) Math.round(stroke.width())));
        gc.setLineStyle(stroke.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }

    /** @return the colour of an RGB hex string such as {@code #1f6feb} */
    Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(display,
                new RGB(Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16),
                        Integer.parseInt(h.substring(5, 7), 16))));
    }

    /** @return the system font, bold or smaller as the face asks */
    private org.eclipse.swt.graphics.Font font(Font face) {
        if (face == Font.NORMAL) {
            return display.getSystemFont();
        }
        return fonts.computeIfAbsent(face, f -> {
            FontData data = display.getSystemFont().getFontData()[0];
            int smaller = Math.max(6, data.getHeight() - 1);
            return switch (f) {
                case BOLD -> new org.eclipse.swt.graphics.Font(display, data.getName(), data.getHeight(), SWT.BOLD);
                case BADGE -> new org.eclipse.swt.graphics.Font(display, data.getName(), smaller, SWT.BOLD);
                default -> new org.eclipse.swt.graphics.Font(display, data.getName(), smaller, SWT.NORMAL);
            };
        });
    }

    /** Releases the colours and fonts. */
    void dispose() {
        colours.values().forEach(Color::dispose);
        colours.clear();
        fonts.values().forEach(org.eclipse.swt.graphics.Font::dispose);
        fonts.clear();
    }

    private static int i(double value) {
        return (int) Math.round(value);
    }
}
