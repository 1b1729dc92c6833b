// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import privflow.core.Severity;
import privflow.diagram.internal.Messages;

/**
 * The diagram's colours (RGB hex), shared by the SVG export and the on-screen painter. They meet
 * WCAG 2.1 AA: every line and border at least 3:1 against white and every zone's fill, white badge
 * text at least 4.5:1 on every severity, and the severities differ in lightness (at least 1.3:1
 * from each other and from plain flows), so that they stay apart without colour vision. Severity
 * is never shown by colour alone: flagged flows and nodes carry a marker whose shape says it.
 */
public final class Palette {

    /** Edges without findings. */
    public static final String EDGE = "#808a96"; //$NON-NLS-1$
    /** Node borders without findings. */
    public static final String BORDER = "#3e4c59"; //$NON-NLS-1$
    /** Zone borders. */
    public static final String ZONE_BORDER = "#6e7986"; //$NON-NLS-1$
    /** Texts. */
    public static final String TEXT = "#1b1f24"; //$NON-NLS-1$
    /** Flow labels. */
    public static final String LABEL = "#323f4b"; //$NON-NLS-1$
    /** What the user selected on screen. */
    public static final String SELECTION = "#1f6feb"; //$NON-NLS-1$

    private Palette() {
    }

    /** Text on a severity marker. */
    public static final String MARKER_TEXT = "#ffffff"; //$NON-NLS-1$

    /** The severities drawn as flagged, most severe first; lower ones draw as plain. */
    public static final java.util.List<Severity> FLAGGED = java.util.List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM);

    /** @return very dark red for critical, red for high, dark amber for medium, {@code otherwise} for anything else */
    public static String severity(Severity s, String otherwise) {
        if (s == Severity.CRITICAL) {
            return "#4a0a0a"; //$NON-NLS-1$
        }
        if (s == Severity.HIGH) {
            return "#8e1b16"; //$NON-NLS-1$
        }
        return s == Severity.MEDIUM ? "#a65a00" : otherwise; //$NON-NLS-1$
    }

    /** @return the background of a zone */
    public static String zone(Zone zone) {
        return switch (zone) {
            case EEA -> "#f1f8f1"; //$NON-NLS-1$
            case ADEQUATE -> "#f1f5fc"; //$NON-NLS-1$
            case THIRD_COUNTRY -> "#fcf1f1"; //$NON-NLS-1$
            default -> "#f5f5f5"; //$NON-NLS-1$
        };
    }

    /** @return the fill of a node of {@code kind} */
    public static String kind(Diagram.Kind kind) {
        return switch (kind) {
            case SUBJECTS -> "#fff3c4"; //$NON-NLS-1$
            case ORGANISATION -> "#e3e8ff"; //$NON-NLS-1$
            case SERVICE -> "#ffffff"; //$NON-NLS-1$
            case DATA_STORE -> "#e0fcff"; //$NON-NLS-1$
        };
    }

    /** @return the title of a zone in {@code locale} */
    public static String zoneTitle(Zone zone, java.util.Locale locale) {
        return Messages.get(locale, "Zone_" + zone.name()); //$NON-NLS-1$
    }

    /** @return the legend's name of a node kind in {@code locale} */
    public static String kindLabel(Diagram.Kind kind, java.util.Locale locale) {
        return Messages.get(locale, "Kind_" + kind.name()); //$NON-NLS-1$
    }

    /** @return the legend's text for open findings of severity {@code s} in {@code locale} */
    public static String findingLabel(Severity s, java.util.Locale locale) {
        return Messages.format(locale, "Legend_Finding", s.label(locale)); //$NON-NLS-1$
    }
}
