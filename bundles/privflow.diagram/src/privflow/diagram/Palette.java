// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import privflow.core.Severity;
import privflow.diagram.internal.Messages;

/** The diagram's colours (RGB hex), shared by the SVG export and the on-screen painter. */
public final class Palette {

    /** Edges without findings. */
    public static final String EDGE = "#52606d"; //$NON-NLS-1$
    /** Node borders without findings. */
    public static final String BORDER = "#3e4c59"; //$NON-NLS-1$
    /** Zone borders. */
    public static final String ZONE_BORDER = "#9aa5b1"; //$NON-NLS-1$
    /** Texts. */
    public static final String TEXT = "#1b1f24"; //$NON-NLS-1$
    /** Flow labels. */
    public static final String LABEL = "#323f4b"; //$NON-NLS-1$
    /** What the user selected on screen. */
    public static final String SELECTION = "#1f6feb"; //$NON-NLS-1$

    private Palette() {
    }

    /** @return dark red for critical, red for high, amber for medium, {@code otherwise} for anything else */
    public static String severity(Severity s, String otherwise) {
        if (s == Severity.CRITICAL) {
            return "#9b1c1c"; //$NON-NLS-1$
        }
        if (s == Severity.HIGH) {
            return "#d64545"; //$NON-NLS-1$
        }
        return s == Severity.MEDIUM ? "#f0a30a" : otherwise; //$NON-NLS-1$
    }

    /** @return the background of a zone */
    public static String zone(Zone zone) {
        return switch (zone) {
            case EEA -> "#eef6ee"; //$NON-NLS-1$
            case ADEQUATE -> "#eef3fb"; //$NON-NLS-1$
            case THIRD_COUNTRY -> "#fbeeee"; //$NON-NLS-1$
            default -> "#f3f3f3"; //$NON-NLS-1$
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
