// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram view's texts, English and Finnish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "privflow.diagram.ui.internal.messages"; //$NON-NLS-1$

    public static String Diagram_ZoomIn;
    public static String Diagram_ZoomOut;
    public static String Diagram_ZoomFit;
    public static String Diagram_TransfersOnly;
    public static String Diagram_ExportSvg;
    public static String Diagram_ExportPng;
    public static String Diagram_ExportFailed;
    public static String Diagram_LayoutJob;
    public static String Diagram_TooLarge;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
