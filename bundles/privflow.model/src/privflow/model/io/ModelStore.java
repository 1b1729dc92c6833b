// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

import privflow.model.AdequacyDecision;
import privflow.model.Catalogue;
import privflow.model.CountryEntry;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.KnownService;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;

/**
 * Loads and saves {@code .privflow} files, in OSGi and on a plain JVM alike.
 * <p>
 * Loading never writes; a file that cannot be read fails with a {@link ModelLoadException} that
 * names the file, line and column. Saving is atomic (see {@link AtomicFile}).
 */
public final class ModelStore {

    /** The file extension of privflow models. */
    public static final String FILE_EXTENSION = "privflow"; //$NON-NLS-1$

    /** The file extension of privflow catalogues. */
    public static final String CATALOGUE_EXTENSION = "privflowcat"; //$NON-NLS-1$

    private static final Pattern NAMESPACE = Pattern.compile("xmlns:[\\w.-]+=\"([^\"]+)\""); //$NON-NLS-1$

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private ModelStore() {
    }

    /**
     * @return a resource set that reads and writes privflow models, also outside OSGi; it opens no
     *         URI itself (see {@link SelfContainedURIConverter}), so a file can reach neither the
     *         network nor another file
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.setURIConverter(new SelfContainedURIConverter());
        resourceSet.getPackageRegistry().put(PrivflowPackage.eNS_URI, PrivflowPackage.eINSTANCE);
        PrivflowResourceFactory factory = new PrivflowResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CATALOGUE_EXTENSION, factory);
        return resourceSet;
    }

    /** Loads the model in {@code file} into a new resource set. */
    public static DataFlowModel load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /** Loads the model in {@code file} into {@code resourceSet}. */
    public static DataFlowModel load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        return load(resourceSet, file, DataFlowModel.class);
    }

    /** Loads the catalogue in {@code file} (a {@code .privflowcat} file) into a new resource set. */
    public static Catalogue loadCatalogue(Path file) throws ModelLoadException {
        return load(newResourceSet(), file, Catalogue.class);
    }

    /** Loads a file whose root must be a {@code rootType}. */
    public static <T extends EObject> T load(ResourceSet resourceSet, Path file, Class<T> rootType)
            throws ModelLoadException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ModelLoadException(name, 0, 0, Messages.get("ModelStore_NotFound")); //$NON-NLS-1$
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(name, 0, 0, Messages.get("ModelStore_NotRegular")); //$NON-NLS-1$
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        try (InputStream in = Files.newInputStream(file)) {
            return load(resourceSet, uri, in, name, file, rootType);
        } catch (ModelLoadException e) {
            throw e;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ModelLoadException(name, 0, 0, Messages.get("ModelStore_PermissionDenied")); //$NON-NLS-1$
        } catch (IOException e) {
            throw translate(name, e);
        }
    }

    /**
     * Loads a catalogue from a stream, e.g. one shipped inside a bundle.
     *
     * @param name how to name the stream in error messages
     */
    public static Catalogue loadCatalogue(InputStream in, String name) throws ModelLoadException {
        return load(newResourceSet(), URI.createURI("stream:/" + name), in, name, null, Catalogue.class); //$NON-NLS-1$
    }

    private static <T extends EObject> T load(ResourceSet resourceSet, URI uri, InputStream in, String name, Path file,
            Class<T> rootType) throws ModelLoadException {
        Resource resource = new PrivflowResource(uri);
        resourceSet.getResources().add(resource);
        in = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        ModelMigration migration = migrationFor(in);
        Map<Object, Object> options = new HashMap<>();
        if (migration != null) {
            resourceSet.getPackageRegistry().put(migration.namespace(), PrivflowPackage.eINSTANCE);
            options.put(XMLResource.OPTION_EXTENDED_META_DATA,
                    new MigratingMetaData(resourceSet.getPackageRegistry(), migration));
        }
        try {
            resource.load(in, options);
        } catch (Resource.IOWrappedException e) {
            throw failure(name, file, e.getCause() != null ? e.getCause() : e);
        } catch (IOException | RuntimeException e) {
            throw failure(name, file, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            if (first instanceof IllegalValueException illegal && illegal.getObject() != null) {
                throw illegalValue(name, file, illegal);
            }
            throw translate(name, first);
        }
        if (resource.getContents().isEmpty()) {
            throw new ModelLoadException(name, 0, 0, Messages.get("ModelStore_Empty")); //$NON-NLS-1$
        }
        EObject root = resource.getContents().get(0);
        if (!rootType.isInstance(root)) {
            throw new ModelLoadException(name, 1, 0, Messages.format(
                    DataFlowModel.class == rootType ? "ModelStore_WrongRoot" : "ModelStore_WrongCatalogueRoot", //$NON-NLS-1$ //$NON-NLS-2$
                    root.eClass().getName()));
        }
        if (migration != null) {
            migration.migrate(root);
        }
        checkSelfContained(name, file, resource);
        checkUniqueIds(name, file, resource);
        checkCountryCodes(name, file, resource);
        ((PrivflowResource) resource).assignMissingIds();
        return rootType.cast(root);
    }

    /** Saves {@code model} (a model or a catalogue) to {@code file} atomically, deterministically. */
    public static void save(EObject model, Path file) throws IOException {
        AtomicFile.write(file, toBytes(model));
    }

    /** @return the bytes {@link #save} writes for {@code model} */
    public static byte[] toBytes(EObject model) throws IOException {
        Resource resource = model.eResource();
        if (resource == null) {
            resource = new PrivflowResource(URI.createURI("memory:/model." + FILE_EXTENSION)); //$NON-NLS-1$
            resource.getContents().add(model);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, null);
        return out.toByteArray();
    }

    /** The migration for the stream's namespace if it is an older format version, else null; reads no further. */
    private static ModelMigration migrationFor(InputStream in) {
        if (ModelMigration.registered().isEmpty()) {
            return null;
        }
        try {
            in.mark(4096);
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            in.reset();
            Matcher matcher = NAMESPACE.matcher(head);
            while (matcher.find()) {
                ModelMigration migration = ModelMigration.forNamespace(matcher.group(1));
                if (migration != null) {
                    return migration;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** @return the load error {@code problem} means, with the element and feature where EMF names them */
    private static ModelLoadException failure(String name, Path file, Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalValueException illegal && illegal.getObject() != null) {
                return illegalValue(name, file, illegal);
            }
            if (t instanceof java.io.CharConversionException && file != null) {
                int[] at = firstMalformed(file);
                return new ModelLoadException(name, at[0], at[1], Messages.get("ModelStore_NotUtf8")); //$NON-NLS-1$
            }
        }
        return translate(name, problem);
    }

    /** @return the line and column (1-based) of the first byte that is not UTF-8; 0, 0 if none is found */
    private static int[] firstMalformed(Path file) {
        try {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
            java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(bytes.remaining() + 1);
            java.nio.charset.CoderResult result = decoder.decode(bytes, chars, true);
            if (!result.isError()) {
                return new int[]{0, 0};
            }
            int line = 1;
            int column = 1;
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[]{line, column};
        } catch (IOException e) {
            return new int[]{0, 0};
        }
    }

    /** A value a feature cannot take, such as an element of the wrong kind in a reference list. */
    private static ModelLoadException illegalValue(String name, Path file, IllegalValueException illegal) {
        Object value = illegal.getValue();
        String shown = value instanceof Identified i && i.getId() != null ? "#" + i.getId() : String.valueOf(value); //$NON-NLS-1$
        int line = illegal.getLine() > 0 ? illegal.getLine() : lineOf(file, illegal.getObject());
        return new ModelLoadException(name, line, illegal.getColumn(), Messages.format("ModelStore_IllegalValue", //$NON-NLS-1$
                label(illegal.getObject()), illegal.getFeature() == null ? "?" : illegal.getFeature().getName(), shown)); //$NON-NLS-1$
    }

    private static ModelLoadException translate(String name, Object problem) {
        if (problem instanceof ModelLoadException mle) {
            return mle;
        }
        if (problem instanceof SAXParseException sax) {
            return new ModelLoadException(name, sax.getLineNumber(), sax.getColumnNumber(), describe(sax.getMessage()));
        }
        if (problem instanceof XMIException xmi) {
            Throwable cause = xmi.getCause();
            String message = cause instanceof SAXParseException sax ? describe(sax.getMessage()) : describe(xmi.getMessage());
            return new ModelLoadException(name, xmi.getLine(), xmi.getColumn(), message);
        }
        if (problem instanceof Resource.Diagnostic diagnostic) {
            return new ModelLoadException(name, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic.getMessage()));
        }
        if (problem instanceof Throwable t && t.getCause() != null && t.getCause() != t) {
            return translate(name, t.getCause());
        }
        if (problem instanceof Throwable t) {
            ModelLoadException e = new ModelLoadException(name, 0, 0,
                    describe(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName()));
            e.initCause(t); // kept for the log: an unexpected failure must be traceable
            return e;
        }
        return new ModelLoadException(name, 0, 0, describe(String.valueOf(problem)));
    }

    private static String describe(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage; //$NON-NLS-1$
        if (message.contains("DOCTYPE")) { //$NON-NLS-1$
            return Messages.get("ModelStore_Doctype"); //$NON-NLS-1$
        }
        if (message.startsWith("Unresolved reference")) { //$NON-NLS-1$
            return Messages.format("ModelStore_DanglingReference", message); //$NON-NLS-1$
        }
        if (message.startsWith("Package with uri")) { //$NON-NLS-1$
            return Messages.format("ModelStore_UnknownNamespace", message); //$NON-NLS-1$
        }
        if (message.contains("XML document structures must start and end") //$NON-NLS-1$
                || message.contains("Premature end of file")) { //$NON-NLS-1$
            return Messages.format("ModelStore_Truncated", message); //$NON-NLS-1$
        }
        return Messages.format("ModelStore_Malformed", message); //$NON-NLS-1$
    }

    /**
     * A privflow file is self-contained: a reference into any other document (a remote URL, a
     * sibling file, a file that does not exist) is an error, never a proxy left for the analysis
     * to resolve or, worse, to drop.
     */
    private static void checkSelfContained(String name, Path file, Resource resource) throws ModelLoadException {
        Map<EObject, java.util.Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.ProxyCrossReferencer.find(resource);
        for (Map.Entry<EObject, java.util.Collection<EStructuralFeature.Setting>> proxy : proxies.entrySet()) {
            EStructuralFeature.Setting setting = proxy.getValue().iterator().next();
            URI target = ((InternalEObject) proxy.getKey()).eProxyURI();
            throw new ModelLoadException(name, lineOf(file, setting.getEObject()), 0, Messages.format("ModelStore_ExternalReference", //$NON-NLS-1$
                    label(setting.getEObject()), setting.getEStructuralFeature().getName(), target));
        }
    }

    /** Two elements with one id would make references, findings and reviews land on the wrong one. */
    private static void checkUniqueIds(String name, Path file, Resource resource) throws ModelLoadException {
        Map<String, EObject> seen = new HashMap<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified element && element.getId() != null) {
                EObject first = seen.putIfAbsent(element.getId(), element);
                if (first != null) {
                    int[] lines = linesOf(file, element.getId());
                    throw new ModelLoadException(name, lines.length > 1 ? lines[1] : 0, 0, Messages.format("ModelStore_DuplicateId", //$NON-NLS-1$
                            element.getId(), label(first), lines.length > 0 ? lines[0] : 0, label(element)));
                }
            }
        }
    }

    private static void checkCountryCodes(String name, Path file, Resource resource) throws ModelLoadException {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            String code = switch (object) {
                case Organisation o -> o.getCountry();
                case Location l -> l.getCountry();
                case CountryEntry c -> c.getCode();
                case AdequacyDecision a -> a.getCountry();
                case KnownService k -> k.getProviderCountry();
                default -> null;
            };
            if (code != null && !code.isEmpty() && !ISO_COUNTRIES.contains(code)) {
                String hint = "EL".equals(code) ? Messages.get("ModelStore_GreeceHint") : ""; //$NON-NLS-1$ //$NON-NLS-2$
                throw new ModelLoadException(name, lineOf(file, object), 0,
                        Messages.format("ModelStore_UnknownCountry", code, label(object), hint)); //$NON-NLS-1$
            }
        }
    }

    private static String label(EObject object) {
        EObject named = object;
        while (named != null && !(named instanceof Identified)) {
            named = named.eContainer();
        }
        String type = object.eClass().getName();
        if (named instanceof privflow.model.Named n && n.getName() != null) {
            return type + " (" + n.getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return type;
    }

    /** @return the lines on which an element with {@code id} is written, in file order; none if unknown */
    private static int[] linesOf(Path file, String id) {
        if (file == null) {
            return new int[0];
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String attribute = "id=\"" + id + "\""; //$NON-NLS-1$ //$NON-NLS-2$
            java.util.List<Integer> lines = new java.util.ArrayList<>();
            int line = 1;
            int from = 0;
            for (int at = text.indexOf(attribute); at >= 0; at = text.indexOf(attribute, at + 1)) {
                if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                    continue; // e.g. part of another attribute's name
                }
                for (int i = from; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                from = at;
                lines.add(line);
            }
            return lines.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            return new int[0];
        }
    }

    /** The line where the nearest element with an id is written, found by its id; 0 if unknown. */
    private static int lineOf(Path file, EObject object) {
        if (file == null) {
            return 0;
        }
        EObject identified = object;
        while (identified != null && !(identified instanceof Identified i && i.getId() != null)) {
            identified = identified.eContainer();
        }
        if (identified == null) {
            return 0;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf("id=\"" + ((Identified) identified).getId() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            if (at < 0) {
                return 0;
            }
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        } catch (IOException e) {
            return 0;
        }
    }
}
