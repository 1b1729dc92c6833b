// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.net.URL;
import java.util.Locale;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import privflow.core.FindingKeys;
import privflow.edit.Labels;
import privflow.model.ReviewDecision;
import privflow.ui.internal.Messages;

/** Labels and icons from the EMF.Edit item providers (a review decision is named by its finding's title and element); images are created once and disposed with the provider. */
public class ModelLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ModelLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof ReviewDecision decision) {
            Locale locale = Locale.getDefault();
            return NLS.bind(Messages.Label_Review, Labels.of(decision.getStatus(), locale),
                    FindingKeys.describe(decision.getFindingKey(), decision.eResource(), locale));
        }
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        ImageDescriptor descriptor = provider == null ? null : descriptor(provider.getImage(element));
        return descriptor == null ? null : images.create(descriptor);
    }

    /** @return a descriptor for what an item provider gives as an image: a URL or a composed image */
    static ImageDescriptor descriptor(Object image) {
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : descriptor(parts.get(0));
        }
        return image instanceof ImageDescriptor d ? d : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
