// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts, English and Finnish ({@code messages.properties}, {@code messages_fi.properties}). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "privflow.ui.internal.messages"; //$NON-NLS-1$

    public static String Builder_Checking;
    public static String Builder_Task;
    public static String Catalogue_Add;
    public static String Catalogue_AddCommand;
    public static String Catalogue_Choose;
    public static String Catalogue_Dpf;
    public static String Catalogue_RefreshCommand;
    public static String Catalogue_ServiceLabel;
    public static String Editor_CannotOpen;
    public static String Editor_CannotOpenHint;
    public static String Editor_Copy;
    public static String Editor_Cut;
    public static String Editor_Delete;
    public static String Editor_Loading;
    public static String Editor_NewChild;
    public static String Editor_ModelPage;
    public static String Editor_PageFailed;
    public static String Editor_NotAFile;
    public static String Editor_Paste;
    public static String Editor_Redo;
    public static String Editor_RedoCommand;
    public static String Editor_SaveFailed;
    public static String Editor_SaveFailedTitle;
    public static String Editor_Undo;
    public static String Editor_UndoCommand;
    public static String Exchange_Command;
    public static String Exchange_Conflict;
    public static String Exchange_ConflictingDecision;
    public static String Exchange_ExportFailed;
    public static String Exchange_ExportJob;
    public static String Exchange_FactsChanged;
    public static String Exchange_ImportFailed;
    public static String Exchange_ImportJob;
    public static String Exchange_ImportTitle;
    public static String Exchange_Invalid;
    public static String Exchange_NoSuchFinding;
    public static String Exchange_Summary;
    public static String Export_BadDate;
    public static String Export_Browse;
    public static String Export_Date;
    public static String Export_Description;
    public static String Export_Failed;
    public static String Export_File;
    public static String Export_Format;
    public static String Export_IsFolder;
    public static String Export_Job;
    public static String Export_Language;
    public static String Export_Loading;
    public static String Export_NoFile;
    public static String Export_NoModel;
    public static String Export_Title;
    public static String Export_Writing;
    public static String Marker_Job;
    public static String Marker_Message;
    public static String Marker_MessageCritical;
    public static String NewModel_Cleaning;
    public static String NewModel_DefaultName;
    public static String NewModel_Description;
    public static String NewModel_Empty;
    public static String NewModel_Midsize;
    public static String NewModel_StartFrom;
    public static String NewModel_Title;
    public static String NewProject_DefaultName;
    public static String NewProject_Description;
    public static String NewProject_Title;
    public static String Preferences_AsOf;
    public static String Preferences_BadDate;
    public static String Preferences_Catalogues;
    public static String Preferences_Description;
    public static String Preferences_English;
    public static String Preferences_Finnish;
    public static String Preferences_Language;
    public static String Preferences_NoScenario;
    public static String Preferences_Reviewer;
    public static String Preferences_Scenario;
    public static String Preferences_Threshold;
    public static String Properties_InvalidValue;
    public static String Properties_OnePerLine;
    public static String Properties_Pick;
    public static String Properties_Yes;
    public static String Properties_No;
    public static String Properties_None;
    public static String QuickFix_Gone;
    public static String QuickFix_MarkDpf;
    public static String QuickFix_MarkDpfDescription;
    public static String QuickFix_NoDpf;
    public static String QuickFix_RecordScc;
    public static String QuickFix_RecordSccDescription;
    public static String QuickFix_Review;
    public static String QuickFix_ReviewDescription;
    public static String QuickFix_Title;
    public static String ReviewDialog_Decision;
    public static String ReviewDialog_Heading;
    public static String ReviewDialog_Rationale;
    public static String ReviewDialog_Required;
    public static String ReviewDialog_Reviewer;
    public static String ReviewDialog_State;
    public static String ReviewDialog_Title;
    public static String Review_Command;
    public static String Review_Country;
    public static String Review_Data;
    public static String Review_Filter;
    public static String Review_Finding;
    public static String Review_From;
    public static String Review_NoEditor;
    public static String Review_NoFinding;
    public static String Review_OpenOnly;
    public static String Review_Reviewer;
    public static String Review_Severity;
    public static String Review_StaleTooltip;
    public static String Review_Status;
    public static String Review_Summary;
    public static String Review_SummaryScenario;
    public static String Review_To;
    public static String Review_Tool;
    public static String Scenario_Active;
    public static String Scenario_None;

    public static String Written_Links;
    public static String Written_OpenFailedTitle;
    public static String Written_OpenFailed;
    public static String Export_Done;
    public static String Exchange_ExportDone;
    public static String Export_Unsaved;
    public static String Export_FormatXLSX;
    public static String Export_FormatCSV;
    public static String Export_FormatHTML;
    public static String Export_FormatPDF;
    public static String Export_FormatDOCX;
    public static String Export_FormatJSON;
    public static String Label_Review;
    public static String Properties_NoCountry;
    public static String Properties_CountryTitle;
    public static String Properties_CountryMessage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
