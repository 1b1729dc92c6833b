// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.junit.jupiter.api.Test;

import privflow.model.DataFlowModel;
import privflow.model.Service;
import privflow.model.io.ModelStore;

/** The generated EMF.Edit item providers give the UI labels, icons and properties, inside OSGi. */
class ItemProviderTest {

    @Test
    void serviceHasLabelIconAndProviderProperty() throws Exception {
        DataFlowModel model = ModelStore.load(Examples.file("cleaning-company.privflow"));
        Service whatsapp = model.getServices().get(1);
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(whatsapp, IItemLabelProvider.class);
            assertNotNull(labels, "an item provider is registered for Service");
            assertTrue(labels.getText(whatsapp).contains("WhatsApp"), labels.getText(whatsapp));
            assertNotNull(labels.getImage(whatsapp));
            IItemPropertySource properties = (IItemPropertySource) factory.adapt(whatsapp, IItemPropertySource.class);
            List<String> ids = properties.getPropertyDescriptors(whatsapp).stream()
                    .map(d -> d.getId(whatsapp)).toList();
            assertTrue(ids.contains("provider") && ids.contains("contract") && ids.contains("subProcessors"), ids::toString);
            IItemPropertyDescriptor provider = properties.getPropertyDescriptor(whatsapp, "provider");
            assertTrue(provider.getChoiceOfValues(whatsapp).contains(whatsapp.getProvider()),
                    "the provider can be chosen among the model's organisations");
            Object value = provider.getPropertyValue(whatsapp);
            assertEquals(whatsapp.getProvider(), ((ItemPropertyDescriptor.PropertyValueWrapper) value).getEditableValue(whatsapp));
        } finally {
            factory.dispose();
        }
    }
}
