// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.markers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionRelevance;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.model.DataFlow;
import privflow.model.KnownService;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.StandardContractualClauses;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.review.ReviewDecisions;
import privflow.ui.internal.review.ReviewDialog;
import privflow.edit.Labels;
import java.util.Locale;

/**
 * Quick fixes on privflow markers: record the 2021 SCCs with the module the roles call for, mark
 * the importer as certified under the Data Privacy Framework when the catalogue says it is, or
 * open the review dialog. Each runs as a command in the model's editor (undoable); a model that
 * was saved before the fix is saved after it, so the markers follow at once.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

    private static final List<Rule> SCC_RULES = List.of(Rule.TRANSFER_WITHOUT_TOOL, Rule.REMOTE_ACCESS_TRANSFER,
            Rule.SCC_MODULE_MISMATCH, Rule.ADEQUACY_SCOPE);

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(ProblemMarkers.KEY, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> fixes = new ArrayList<>();
        Rule rule = Rule.byId(marker.getAttribute(ProblemMarkers.RULE, "")); //$NON-NLS-1$
        if (rule != null && SCC_RULES.contains(rule) && marker.getAttribute(ProblemMarkers.SCC_FIX, false)) {
            fixes.add(new Fix(Messages.QuickFix_RecordScc, Messages.QuickFix_RecordSccDescription, QuickFixes::recordScc));
        }
        if ((rule == Rule.TRANSFER_WITHOUT_TOOL || rule == Rule.ADEQUACY_SCOPE) && marker.getAttribute(ProblemMarkers.DPF_FIX, false)) {
            fixes.add(new Fix(Messages.QuickFix_MarkDpf, Messages.QuickFix_MarkDpfDescription, QuickFixes::markDpfCertified));
        }
        fixes.add(new Fix(Messages.QuickFix_Review, Messages.QuickFix_ReviewDescription, QuickFixes::review));
        for (int i = 0; i < fixes.size(); i++) {
            ((Fix) fixes.get(i)).relevance = fixes.size() - i; // in this order, whatever the labels
        }
        return fixes.toArray(new IMarkerResolution[0]);
    }

    /** Builds the command of a fix for a finding in an editor, or says why it does not apply. */
    @FunctionalInterface
    interface CommandFactory {
        /** @return the command, or {@code null} if the fix does not apply (after telling the user) */
        Command create(PrivflowEditor editor, Finding finding);
    }

    private static final class Fix implements IMarkerResolution2, IMarkerResolutionRelevance {
        private final String label;
        private final String description;
        private final CommandFactory factory;
        private int relevance;

        Fix(String label, String description, CommandFactory factory) {
            this.label = label;
            this.description = description;
            this.factory = factory;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public int getRelevanceForResolution() {
            return relevance;
        }

        @Override
        public void run(IMarker marker) {
            apply(marker, factory);
        }
    }

    /** Opens the marker's model, finds its finding and runs the fix's command there. */
    static boolean apply(IMarker marker, CommandFactory factory) {
        if (!(marker.getResource() instanceof IFile file)) {
            return false;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            if (!(IDE.openEditor(page, file, PrivflowEditor.ID) instanceof PrivflowEditor editor)) {
                return false;
            }
            editor.awaitLoaded();
            if (editor.model() == null) {
                return false;
            }
            String key = marker.getAttribute(ProblemMarkers.KEY, ""); //$NON-NLS-1$
            Finding finding = editor.analysis().finding(key);
            if (finding == null) {
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.QuickFix_Title, Messages.QuickFix_Gone);
                return false;
            }
            boolean wasDirty = editor.isDirty();
            Command command = factory.create(editor, finding);
            if (command == null || !command.canExecute()) {
                return false;
            }
            editor.execute(command);
            if (!wasDirty) {
                editor.doSave(null);
            }
            return true;
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.QuickFix_Title, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return whether the finding's remedies include agreeing SCCs (so the quick fix fits the case) */
    static boolean sccFixApplies(Finding finding) {
        for (Finding.Text remedy : finding.remedies()) {
            if (remedy.key().equals("Remedy_RecordScc") || remedy.key().equals("Remedy_SccModule")) { //$NON-NLS-1$ //$NON-NLS-2$
                return true;
            }
        }
        return false;
    }

    /** SCCs 2021 on the flow, with the module the roles call for. */
    static Command recordScc(PrivflowEditor editor, Finding finding) {
        Transfer transfer = finding.transfer().orElse(null);
        if (transfer == null) {
            return null;
        }
        DataFlow flow = transfer.flow();
        StandardContractualClauses sccs = PrivflowFactory.eINSTANCE.createStandardContractualClauses();
        sccs.setModule(transfer.fittingSccModule());
        EditingDomain domain = editor.getEditingDomain();
        return SetCommand.create(domain, flow, PrivflowPackage.Literals.DATA_FLOW__SAFEGUARD, sccs);
    }

    /**
     * @return whether marking the importer as DPF-certified would record what the catalogue says:
     *         the catalogue entry of the transfer's service lists its provider as certified and the
     *         model does not say so yet
     */
    static boolean dpfFixApplies(Finding finding, LegalFacts facts) {
        Transfer transfer = finding.transfer().orElse(null);
        Organisation importer = transfer == null ? null : transfer.importer();
        String entry = transfer == null || transfer.service() == null ? null : transfer.service().getCatalogueEntry();
        KnownService known = entry == null ? null : facts.knownServices().get(entry);
        if (importer == null || known == null || importer.isDpfCertified() || importer.getName() == null) {
            return false;
        }
        String name = LegalFacts.normalisedName(importer.getName());
        for (privflow.model.KnownOrganisation o : facts.providerChain(known)) {
            if (o.isDpfCertified() && o.getName() != null && name.equals(LegalFacts.normalisedName(o.getName()))) {
                return true;
            }
        }
        return false;
    }

    /** The importer is certified under the DPF, as the catalogue entry of its service says. */
    static Command markDpfCertified(PrivflowEditor editor, Finding finding) {
        Transfer transfer = finding.transfer().orElse(null);
        Organisation importer = transfer == null ? null : transfer.importer();
        if (!dpfFixApplies(finding, editor.analysis().facts())) {
            MessageDialog.openInformation(editor.getSite().getShell(), Messages.QuickFix_Title,
                    NLS.bind(Messages.QuickFix_NoDpf, importer == null ? "-" : Labels.of(importer, Locale.getDefault()))); //$NON-NLS-1$
            return null;
        }
        return SetCommand.create(editor.getEditingDomain(), importer, PrivflowPackage.Literals.ORGANISATION__DPF_CERTIFIED, Boolean.TRUE);
    }

    /** The review dialog for the finding; the decision is recorded if the user confirms. */
    static Command review(PrivflowEditor editor, Finding finding) {
        ReviewDialog dialog = new ReviewDialog(editor.getSite().getShell(), finding, PrivflowPreferences.get(PrivflowPreferences.REVIEWER));
        if (dialog.open() != Window.OK) {
            return null;
        }
        return ReviewDecisions.record(editor.getEditingDomain(), editor.model(), finding, dialog.status(), dialog.reviewer(),
                dialog.rationale(), LocalDate.now());
    }
}
