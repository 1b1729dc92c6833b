// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import privflow.model.Catalogue;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;

/**
 * Finds the catalogues: the one shipped with privflow, those in a user's catalogue folder (which
 * add to or override it without a rebuild), and a model's own entries.
 */
public final class Catalogues {

    /** The shipped catalogue inside this bundle. */
    public static final String SHIPPED = "catalogue/default.privflowcat"; //$NON-NLS-1$

    private static volatile Catalogue shipped;

    private Catalogues() {
    }

    /** @return the catalogue shipped with privflow (loaded once) */
    public static Catalogue shipped() {
        Catalogue c = shipped;
        if (c == null) {
            synchronized (Catalogues.class) {
                if (shipped == null) {
                    shipped = loadShipped();
                }
                c = shipped;
            }
        }
        return c;
    }

    /** @return the catalogue's name in {@code locale} (Finnish where the catalogue gives it) */
    public static String name(Catalogue catalogue, java.util.Locale locale) {
        return new Finding.Translated(catalogue.getName(), catalogue.getNameFi()).render(locale);
    }

    /** @return the catalogue's sources in {@code locale} (the Finnish list where the catalogue gives one) */
    public static List<String> sources(Catalogue catalogue, java.util.Locale locale) {
        return "fi".equals(locale.getLanguage()) && !catalogue.getSourcesFi().isEmpty() //$NON-NLS-1$
                ? List.copyOf(catalogue.getSourcesFi())
                : List.copyOf(catalogue.getSources());
    }

    /**
     * @return the shipped catalogue's as-of date, read from its root element alone, without
     *         loading the catalogue (for {@code privflow --version}, which must start fast); or
     *         {@code null} if it has none
     */
    public static java.time.LocalDate shippedAsOf() {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                return null;
            }
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            int root = head.indexOf("<privflow:Catalogue"); //$NON-NLS-1$
            int end = root < 0 ? -1 : head.indexOf('>', root);
            java.util.regex.Matcher asOf = java.util.regex.Pattern.compile("\\sasOf=\"(\\d{4}-\\d{2}-\\d{2})\"") //$NON-NLS-1$
                    .matcher(end < 0 ? "" : head.substring(root, end)); //$NON-NLS-1$
            return asOf.find() ? java.time.LocalDate.parse(asOf.group(1)) : null;
        } catch (IOException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static Catalogue loadShipped() {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from privflow.core"); //$NON-NLS-1$
            }
            return ModelStore.loadCatalogue(in, SHIPPED);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped catalogue cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @param userCatalogues a file or a folder of {@code .privflowcat} files (read in name order),
     *        or {@code null}
     * @param model whose own catalogue entries apply last, or {@code null}
     * @return the facts: shipped catalogue, then the user's, then the model's
     */
    public static LegalFacts facts(Path userCatalogues, DataFlowModel model) throws ModelLoadException {
        List<Catalogue> all = new ArrayList<>();
        all.add(shipped());
        if (userCatalogues != null) {
            for (Path file : catalogueFiles(userCatalogues)) {
                all.add(ModelStore.loadCatalogue(file));
            }
        }
        if (model != null && model.getCatalogue() != null) {
            all.add(model.getCatalogue());
        }
        return LegalFacts.of(all);
    }

    private static List<Path> catalogueFiles(Path location) throws ModelLoadException {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new ModelLoadException(location.toString(), 0, 0,
                    Messages.get(java.util.Locale.getDefault(), "Catalogues_NotFound")); //$NON-NLS-1$
        }
        try (Stream<Path> files = Files.list(location)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + ModelStore.CATALOGUE_EXTENSION)) //$NON-NLS-1$
                    .sorted().toList();
        } catch (IOException e) {
            throw new ModelLoadException(location.toString(), 0, 0, e.getMessage());
        }
    }
}
