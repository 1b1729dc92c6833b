// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import privflow.core.Finding;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.ui.internal.Messages;

/** Accept, mitigate or reject a finding, with the reviewer and a rationale (both required). */
public final class ReviewDialog extends TitleAreaDialog {

    private static final ReviewStatus[] CHOICES = {ReviewStatus.ACCEPTED, ReviewStatus.MITIGATED, ReviewStatus.REJECTED};

    private final Finding finding;
    private ReviewStatus status;
    private String reviewer;
    private String rationale;
    private Text reviewerText;
    private Text rationaleText;

    public ReviewDialog(Shell shell, Finding finding, String defaultReviewer) {
        super(shell);
        this.finding = finding;
        ReviewDecision previous = finding.decision();
        this.status = previous != null && previous.getStatus() != null && previous.getStatus() != ReviewStatus.OPEN
                ? previous.getStatus()
                : ReviewStatus.ACCEPTED;
        this.reviewer = previous != null && previous.getReviewer() != null ? previous.getReviewer() : defaultReviewer;
        this.rationale = previous != null && previous.getRationale() != null ? previous.getRationale() : ""; //$NON-NLS-1$
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ReviewDialog_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Locale locale = Locale.getDefault();
        setTitle(NLS.bind(Messages.ReviewDialog_Heading, finding.rule().title(locale), finding.rule().article(locale)));
        setMessage(NLS.bind(Messages.ReviewDialog_State, finding.review().label(locale)));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Label message = new Label(body, SWT.WRAP);
        message.setText(finding.message(locale));
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 560;
        message.setLayoutData(wide);

        new Label(body, SWT.NONE).setText(Messages.ReviewDialog_Decision);
        Composite choices = new Composite(body, SWT.NONE);
        choices.setLayout(new GridLayout(CHOICES.length, false));
        for (ReviewStatus choice : CHOICES) {
            Button radio = new Button(choices, SWT.RADIO);
            radio.setText(privflow.core.ReviewState.valueOf(choice.name()).label(locale));
            radio.setSelection(choice == status);
            radio.addListener(SWT.Selection, e -> {
                if (radio.getSelection()) {
                    status = choice;
                }
            });
        }
        new Label(body, SWT.NONE).setText(Messages.ReviewDialog_Reviewer);
        reviewerText = new Text(body, SWT.BORDER);
        reviewerText.setText(reviewer);
        reviewerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label rationaleLabel = new Label(body, SWT.NONE);
        rationaleLabel.setText(Messages.ReviewDialog_Rationale);
        rationaleLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        rationaleText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        rationaleText.setText(rationale);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 100;
        rationaleText.setLayoutData(tall);
        reviewerText.addModifyListener(e -> validate());
        rationaleText.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || reviewerText == null) {
            return;
        }
        boolean complete = !reviewerText.getText().isBlank() && !rationaleText.getText().isBlank();
        ok.setEnabled(complete);
        setErrorMessage(complete ? null : Messages.ReviewDialog_Required);
    }

    @Override
    protected void okPressed() {
        reviewer = reviewerText.getText().strip();
        rationale = rationaleText.getText().strip();
        super.okPressed();
    }

    public ReviewStatus status() {
        return status;
    }

    public String reviewer() {
        return reviewer;
    }

    public String rationale() {
        return rationale;
    }
}
