// SPDX-License-Identifier: EPL-2.0
package privflow.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Writes privflow.genmodel from privflow.ecore and the settings below, and regenerates the model code into privflow.model/src-gen and the EMF.Edit
 * item providers into privflow.edit/src-gen. Old generated files are removed first, so a class
 * deleted from the Ecore disappears from the code too.
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "privflow.model";
    private static final String EDIT_BUNDLE = "privflow.edit";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
        Map<String, URI> map = EcorePlugin.getPlatformResourceMap();
        map.put(MODEL_BUNDLE, URI.createFileURI(modelBundle.toString() + "/"));
        map.put(EDIT_BUNDLE, URI.createFileURI(editBundle.toString() + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI ecoreUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/privflow.ecore", true);
        URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/model/privflow.genmodel", true);
        EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        configure(genModel);
        Resource genModelResource = resourceSet.createResource(genModelUri);
        genModelResource.getContents().add(genModel);
        genModel.getForeignModel().add("privflow.ecore");
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is not valid: " + validation);
        }
        genModelResource.save(Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));

        deleteTree(modelBundle.resolve("src-gen"));
        deleteTree(editBundle.resolve("src-gen"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor monitor = new BasicMonitor.Printing(System.out);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
        System.out.println("privflow: regenerated " + modelBundle.resolve("src-gen") + " and " + editBundle.resolve("src-gen"));
    }

    /**
     * All generator settings. The .genmodel is written from the .ecore and these settings on every
     * run, so it never drifts from either; change settings here, not in the .genmodel.
     */
    private static void configure(GenModel genModel) {
        genModel.setModelName("Privflow");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("privflow.model.provider.PrivflowEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setCopyrightText("SPDX-License-Identifier: EPL-2.0");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCreationIcons(false);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Privflow");
            genPackage.setBasePackage("privflow");
            genPackage.setDisposableProviderFactory(true);
            genPackage.setFileExtensions("privflow");
        }
    }

    private static void check(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generation failed: " + diagnostic);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
