// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import privflow.core.Analysis;
import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.register.Register;
import privflow.register.RegisterFormat;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.WrittenFileNotice;

/**
 * File > Export > privflow Record of Processing Activities: the register of a model in any format
 * and language, written by a cancellable job. The file is replaced atomically, so a cancelled or
 * failed export leaves the previous file (or none), never half a file.
 */
public final class ExportRegisterWizard extends Wizard implements IExportWizard {

    private IFile model;
    private Page page;
    private Job job;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(Messages.Export_Title);
        Object first = selection == null ? null : selection.getFirstElement();
        IFile file = first instanceof IFile f
                ? f
                : first instanceof org.eclipse.core.runtime.IAdaptable a ? a.getAdapter(IFile.class) : null;
        if (file == null && workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getActivePage() != null
                && workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() != null) {
            file = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getAdapter(IFile.class);
        }
        model = file != null && ModelStore.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The choices: format, language, date and output file. */
    final class Page extends WizardPage {
        Combo format;
        Combo language;
        Text date;
        Text output;

        Page() {
            super("register"); //$NON-NLS-1$
            setTitle(Messages.Export_Title);
            setDescription(model == null ? Messages.Export_NoModel : NLS.bind(Messages.Export_Description, model.getFullPath()));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText(Messages.Export_Format);
            format = new Combo(body, SWT.READ_ONLY);
            for (RegisterFormat f : RegisterFormat.values()) {
                format.add(label(f));
            }
            format.select(0);
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText(Messages.Export_Language);
            language = new Combo(body, SWT.READ_ONLY);
            for (Locale l : Register.LANGUAGES) {
                language.add(l.getDisplayLanguage(Locale.getDefault()) + " (" + l.getLanguage() + ')'); //$NON-NLS-1$
            }
            language.select(Register.LANGUAGES.indexOf(PrivflowPreferences.reportLanguage()) < 0
                    ? 0
                    : Register.LANGUAGES.indexOf(PrivflowPreferences.reportLanguage()));
            language.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText(Messages.Export_Date);
            date = new Text(body, SWT.BORDER);
            date.setText(LocalDate.now().toString());
            date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText(Messages.Export_File);
            output = new Text(body, SWT.BORDER);
            output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.Export_Browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setOverwrite(true);
                dialog.setFileName(defaultName());
                String chosen = dialog.open();
                if (chosen != null) {
                    output.setText(chosen);
                }
            });
            if (model != null && model.getLocation() != null) {
                output.setText(model.getLocation().removeLastSegments(1).append(defaultName()).toOSString());
            }
            format.addListener(SWT.Selection, e -> {
                String text = output.getText();
                int dot = text.lastIndexOf('.');
                if (dot > text.lastIndexOf(java.io.File.separatorChar)) {
                    output.setText(text.substring(0, dot + 1) + selectedFormat().extension());
                }
                validate();
            });
            date.addModifyListener(e -> validate());
            output.addModifyListener(e -> validate());
            setControl(body);
            validate();
        }

        private static String label(RegisterFormat f) {
            return switch (f) {
                case XLSX -> Messages.Export_FormatXLSX;
                case CSV -> Messages.Export_FormatCSV;
                case HTML -> Messages.Export_FormatHTML;
                case PDF -> Messages.Export_FormatPDF;
                case DOCX -> Messages.Export_FormatDOCX;
                case JSON -> Messages.Export_FormatJSON;
            };
        }

        private String defaultName() {
            String base = model == null ? "register" : model.getName().replaceFirst("\\.privflow$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return base + "-register." + selectedFormat().extension(); //$NON-NLS-1$
        }

        RegisterFormat selectedFormat() {
            return RegisterFormat.values()[Math.max(0, format.getSelectionIndex())];
        }

        Locale selectedLanguage() {
            return Register.LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
        }

        LocalDate selectedDate() {
            try {
                return LocalDate.parse(date.getText().strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        void validate() {
            String error = null;
            if (model == null) {
                error = Messages.Export_NoModel;
            } else if (selectedDate() == null) {
                error = NLS.bind(Messages.Export_BadDate, date.getText());
            } else if (output.getText().isBlank()) {
                error = Messages.Export_NoFile;
            } else if (selectedFormat() != RegisterFormat.CSV && Files.isDirectory(Path.of(output.getText()))) {
                error = Messages.Export_IsFolder;
            }
            setErrorMessage(error);
            setMessage(error == null && unsaved() ? Messages.Export_Unsaved : null, WARNING);
            setPageComplete(error == null);
        }
    }

    /** @return whether an editor holds unsaved changes to the model, which the register (written from the file) leaves out */
    private boolean unsaved() {
        for (org.eclipse.ui.IWorkbenchWindow window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (org.eclipse.ui.IWorkbenchPage p : window.getPages()) {
                for (org.eclipse.ui.IEditorReference reference : p.getEditorReferences()) {
                    org.eclipse.ui.IEditorPart part = reference.getEditor(false);
                    if (part != null && part.isDirty() && model.equals(part.getEditorInput().getAdapter(IFile.class))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Sets the choices, as a user would (for tests). */
    public void choose(RegisterFormat format, Locale language, LocalDate date, Path output) {
        page.format.select(format.ordinal());
        page.language.select(Register.LANGUAGES.indexOf(language));
        page.date.setText(date.toString());
        page.output.setText(output.toString());
        page.validate();
    }

    /** @return the export job, once the wizard finished */
    public Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        RegisterFormat format = page.selectedFormat();
        Locale language = page.selectedLanguage();
        LocalDate date = page.selectedDate();
        Path output = Path.of(page.output.getText().strip());
        Path source = model.getLocation().toFile().toPath();
        job = Job.create(NLS.bind(Messages.Export_Job, output.getFileName()),
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> export(source, format, language, date, output, monitor));
        job.setUser(true);
        WrittenFileNotice.whenDone(job, Messages.Export_Done, output);
        job.schedule();
        return true;
    }

    private static IStatus export(Path source, RegisterFormat format, Locale language, LocalDate date, Path output,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        try {
            progress.subTask(Messages.Export_Loading);
            DataFlowModel loaded = ModelStore.load(source);
            progress.split(1);
            AnalysisResult result = Analysis.run(loaded, PrivflowPreferences.facts(), PrivflowPreferences.options());
            Register register = Register.of(loaded, result, language, date);
            progress.split(1);
            progress.subTask(NLS.bind(Messages.Export_Writing, output));
            format.write(register, output);
            WrittenFileNotice.refresh(output);
            progress.split(1);
            return Status.OK_STATUS;
        } catch (ModelLoadException e) {
            return Status.error(e.getMessage(), e);
        } catch (java.io.IOException e) {
            return Status.error(NLS.bind(Messages.Export_Failed, output, e.getMessage()), e);
        }
    }
}
