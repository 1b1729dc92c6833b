// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Transfer Review view's commands: review the selected finding, export the review to a
 * workbook, import the decisions back. Which one is given in plugin.xml after the class name
 * ({@code ReviewViewHandler:review}, {@code :export} or {@code :import}).
 */
public final class ReviewViewHandler extends AbstractHandler implements IExecutableExtension {

    private String operation = "review"; //$NON-NLS-1$

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            operation = s;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof TransferReviewView view) {
            switch (operation) {
                case "export" -> view.exportReview(); //$NON-NLS-1$
                case "import" -> view.importDecisions(); //$NON-NLS-1$
                case "tia" -> view.createTransferImpactAssessment(); //$NON-NLS-1$
                default -> view.reviewSelected();
            }
        }
        return null;
    }
}
