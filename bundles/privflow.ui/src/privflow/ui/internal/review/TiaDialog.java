// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import privflow.core.Finding;
import privflow.core.Transfer;
import privflow.edit.Labels;
import privflow.register.Register;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;

/**
 * Asks where to write a transfer impact assessment worksheet, in which language and as of which
 * date, and whether to record its reference and date on the transfer tool now (once the assessment
 * is complete, so that the analysis sees it).
 */
final class TiaDialog extends TitleAreaDialog {

    private final Transfer transfer;
    private final Path suggested;
    private Text fileText;
    private Combo languageCombo;
    private Text dateText;
    private Button recordButton;
    private Path file;
    private Locale language;
    private LocalDate date;
    private boolean record;

    TiaDialog(Shell shell, Transfer transfer, Path suggested) {
        super(shell);
        this.transfer = transfer;
        this.suggested = suggested;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Tia_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Locale locale = Locale.getDefault();
        setTitle(NLS.bind(Messages.Tia_Heading, Labels.of(transfer.flow(), locale), Finding.Country.of(transfer.country()).render(locale)));
        setMessage(Messages.Tia_Message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(body, SWT.NONE).setText(Messages.Tia_File);
        fileText = new Text(body, SWT.BORDER);
        fileText.setText(suggested == null ? "" : suggested.toString()); //$NON-NLS-1$
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 440;
        fileText.setLayoutData(wide);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Tia_Browse);
        browse.addListener(SWT.Selection, e -> browse());

        new Label(body, SWT.NONE).setText(Messages.Tia_Language);
        languageCombo = new Combo(body, SWT.READ_ONLY);
        for (Locale l : Register.LANGUAGES) {
            languageCombo.add(l.getDisplayLanguage(locale) + " (" + l.getLanguage() + ')'); //$NON-NLS-1$
        }
        int preferred = Register.LANGUAGES.indexOf(PrivflowPreferences.reportLanguage());
        languageCombo.select(Math.max(0, preferred));
        languageCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(body, SWT.NONE).setText(Messages.Tia_Date);
        dateText = new Text(body, SWT.BORDER);
        dateText.setText(LocalDate.now().toString());
        dateText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        recordButton = new Button(body, SWT.CHECK);
        recordButton.setText(Messages.Tia_Record);
        recordButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        if (transfer.tool() == null) {
            recordButton.setEnabled(false);
            Label why = new Label(body, SWT.WRAP);
            why.setText(Messages.Tia_NoTool);
            GridData hint = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            hint.widthHint = 440;
            why.setLayoutData(hint);
        }
        fileText.addModifyListener(e -> validate());
        dateText.addModifyListener(e -> validate());
        return area;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*.docx"}); //$NON-NLS-1$
        dialog.setOverwrite(true);
        if (suggested != null && suggested.getParent() != null) {
            dialog.setFilterPath(suggested.getParent().toString());
            dialog.setFileName(suggested.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Tia_Create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** Checks the file and the date; the error says which is wrong. */
    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || fileText == null) {
            return;
        }
        String error = null;
        try {
            Path chosen = Path.of(fileText.getText().strip());
            if (fileText.getText().isBlank() || chosen.getFileName() == null || !chosen.getFileName().toString().endsWith(".docx")) { //$NON-NLS-1$
                error = Messages.Tia_FileRequired;
            } else if (Files.isDirectory(chosen)) {
                error = NLS.bind(Messages.Tia_FileIsFolder, chosen);
            }
        } catch (InvalidPathException e) {
            error = NLS.bind(Messages.Tia_FileInvalid, fileText.getText());
        }
        if (error == null) {
            try {
                LocalDate.parse(dateText.getText().strip());
            } catch (DateTimeParseException e) {
                error = NLS.bind(Messages.Tia_DateInvalid, dateText.getText());
            }
        }
        ok.setEnabled(error == null);
        setErrorMessage(error);
    }

    @Override
    protected void okPressed() {
        file = Path.of(fileText.getText().strip());
        language = Register.LANGUAGES.get(Math.max(0, languageCombo.getSelectionIndex()));
        date = LocalDate.parse(dateText.getText().strip());
        record = recordButton.isEnabled() && recordButton.getSelection();
        super.okPressed();
    }

    Path file() {
        return file;
    }

    Locale language() {
        return language;
    }

    LocalDate date() {
        return date;
    }

    /** @return whether to record the worksheet's reference and date on the transfer tool */
    boolean record() {
        return record;
    }
}
