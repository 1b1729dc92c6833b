// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram view's texts, English and Finnish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "privflow.diagram.ui.internal.messages"; //$NON-NLS-1$

    public static String Diagram_ExportSvg;
    public static String Diagram_ExportPng;
    public static String Diagram_ExportFailed;
    public static String Diagram_LayoutJob;
    public static String Diagram_TooLarge;
    public static String Command_Create;
    public static String Command_Connect;
    public static String Command_FlowName;
    public static String Command_Reconnect;
    public static String Command_Rename;
    public static String Command_Move;
    public static String Command_AutoLayout;
    public static String Command_Delete;
    public static String Diagram_PositionsUnreadable;
    public static String Diagram_Undo;
    public static String Diagram_Redo;
    public static String Palette_Select;
    public static String Palette_Flow;
    public static String Palette_Organisation;
    public static String Palette_Service;
    public static String Palette_DataStore;
    public static String Palette_Subjects;
    public static String Palette_SelectTip;
    public static String Palette_FlowTip;
    public static String Palette_OrganisationTip;
    public static String Palette_ServiceTip;
    public static String Palette_DataStoreTip;
    public static String Palette_SubjectsTip;
    public static String Palette_Catalogue;
    public static String Palette_CatalogueTip;
    public static String Palette_CatalogueItem;
    public static String Palette_CatalogueChosen;
    public static String New_ORGANISATION;
    public static String New_SERVICE;
    public static String New_DATA_STORE;
    public static String New_SUBJECTS;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
