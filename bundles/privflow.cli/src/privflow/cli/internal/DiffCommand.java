// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.model.io.AtomicFile;
import privflow.register.Changes;
import privflow.register.Changes.Area;
import privflow.register.Changes.Change;
import privflow.register.Changes.Item;
import privflow.register.Changes.Kind;

/**
 * {@code privflow diff OLD NEW} or {@code privflow diff MODEL --since REV} (the model as a git
 * revision has it, read with JGit): what changed in privacy terms between two versions of a model, as
 * text, JSON ({@code privflow-diff/1}) or Markdown for a pull-request comment. Exits 1 when anything
 * changed, like diff(1).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
final class DiffCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    String oldName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", descriptionKey = "diff.new")
    String newName;

    @Option(names = "--since", paramLabel = "REV", descriptionKey = "diff.since")
    String since;

    @Option(names = "--format", paramLabel = "text|json|markdown", descriptionKey = "diff.format")
    String format = "text"; //$NON-NLS-1$

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "diff.out")
    Path out;

    @Override
    public Integer call() {
        Locale locale = locale();
        if (!format.matches("text|json|markdown")) { //$NON-NLS-1$
            throw new InputException(Messages.format(locale, "Error_DiffFormat", format)); //$NON-NLS-1$
        }
        CompletableFuture<CheckedModel> older;
        if (since != null) {
            if (newName != null) {
                throw new InputException(Messages.format(locale, "Error_DiffSinceAndNew", newName)); //$NON-NLS-1$
            }
            newName = oldName;
            String model = oldName;
            older = CompletableFuture.supplyAsync(() -> analysed(
                    GitRevision.read(Path.of(model), since, locale, file -> CheckedModel.load(file, options, null))));
            oldName = oldName + '@' + since;
        } else {
            if (newName == null) {
                throw new InputException(Messages.get(locale, "Error_DiffNeedsTwo")); //$NON-NLS-1$
            }
            String model = oldName;
            older = CompletableFuture.supplyAsync(() -> analysed(CheckedModel.load(model, options, null)));
        }
        CheckedModel after;
        try {
            after = analysed(CheckedModel.load(newName, options, null));
        } catch (InputException e) {
            join(older);
            throw e;
        }
        CheckedModel before = join(older);
        LocalDate date = after.analyse(options).asOf();
        Changes changes = Changes.between(before.model(), before.analyse(options), after.model(), after.analyse(options), locale, date);
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        switch (format) {
            case "json" -> json(changes, writer); //$NON-NLS-1$
            case "markdown" -> markdown(changes, locale, writer); //$NON-NLS-1$
            default -> text(changes, locale, writer);
        }
        writer.flush();
        if (out == null) {
            out().print(text);
            out().flush();
        } else {
            try {
                AtomicFile.write(out, stream -> {
                    OutputStreamWriter w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    w.write(text.toString());
                    w.flush();
                });
            } catch (IOException e) {
                throw new InputException(Messages.format(locale, "Error_Write", out, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
            }
        }
        return changes.isEmpty() ? Main.OK : Main.FINDINGS;
    }

    /** @return the older version, or its error as if it had been read first */
    private static CheckedModel join(CompletableFuture<CheckedModel> older) {
        try {
            return older.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** @return {@code model}, analysed (the two versions are loaded and analysed side by side) */
    private CheckedModel analysed(CheckedModel model) {
        model.analyse(options);
        return model;
    }

    private void text(Changes changes, Locale locale, PrintWriter w) {
        w.println(Changes.heading(oldName, newName, locale)); //$NON-NLS-1$
        if (changes.isEmpty()) {
            w.println(Changes.none(locale)); //$NON-NLS-1$
            return;
        }
        for (Area area : Area.values()) {
            if (changes.of(area).isEmpty()) {
                continue;
            }
            w.println();
            w.println(Changes.title(area, locale)); //$NON-NLS-1$
            for (Change c : changes.of(area)) {
                String mark = switch (c.kind()) {
                    case ADDED -> "+"; //$NON-NLS-1$
                    case REMOVED -> "-"; //$NON-NLS-1$
                    case CHANGED -> "~"; //$NON-NLS-1$
                };
                w.println("  " + mark + ' ' + c.label() + " (" + Changes.name(c.kind(), locale) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (c.renamedFrom() == null ? "" : "; " + Changes.renamedFrom(c.renamedFrom(), locale)) + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (Item i : c.items()) {
                    w.println("      " + i.label() + ": " + (i.before() == null ? "" : i.before() + " \u2192 ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            + (i.after() == null || i.after().isEmpty() ? "\u2205" : i.after())); //$NON-NLS-1$
                }
            }
        }
    }

    /** A summary table first, then each area's details folded, as a pull-request comment reads best. */
    private void markdown(Changes changes, Locale locale, PrintWriter w) {
        w.println("### " + md(Changes.heading(oldName, newName, locale))); //$NON-NLS-1$ //$NON-NLS-2$
        w.println();
        if (changes.isEmpty()) {
            w.println(Changes.none(locale)); //$NON-NLS-1$
            return;
        }
        w.println("| " + Changes.areaHeading(locale) + " | " + Changes.name(Kind.ADDED, locale) + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + Changes.name(Kind.REMOVED, locale) + " | " + Changes.name(Kind.CHANGED, locale) + " |"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        w.println("|---|--:|--:|--:|"); //$NON-NLS-1$
        for (Area area : Area.values()) {
            w.println("| " + Changes.title(area, locale) + " | " + changes.count(area, Kind.ADDED) + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + changes.count(area, Kind.REMOVED) + " | " + changes.count(area, Kind.CHANGED) + " |"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Area area : Area.values()) {
            if (changes.of(area).isEmpty()) {
                continue;
            }
            w.println();
            w.println("<details><summary>" + md(Changes.title(area, locale)) + " (" + changes.of(area).size() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ")</summary>"); //$NON-NLS-1$
            w.println();
            for (Change c : changes.of(area)) {
                w.println("- **" + Changes.name(c.kind(), locale) + "**: " + md(c.label()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (c.renamedFrom() == null ? "" : " (" + md(Changes.renamedFrom(c.renamedFrom(), locale)) + ')')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (Item i : c.items()) {
                    w.println("  - " + md(i.label()) + ": " + (i.before() == null ? "" : "~~" + md(i.before()) + "~~ ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                            + (i.after() == null || i.after().isEmpty() ? "\u2205" : md(i.after()))); //$NON-NLS-1$
                }
            }
            w.println();
            w.println("</details>"); //$NON-NLS-1$
        }
    }

    /** @return {@code text} with the characters Markdown and HTML give meaning escaped */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;"); //$NON-NLS-1$
                case '>' -> out.append("&gt;"); //$NON-NLS-1$
                case '&' -> out.append("&amp;"); //$NON-NLS-1$
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private void json(Changes changes, PrintWriter w) {
        try {
            JsonWriter json = new JsonWriter(w);
            json.setIndent("  "); //$NON-NLS-1$
            json.beginObject();
            json.name("schema").value("privflow-diff/1"); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("old").value(oldName); //$NON-NLS-1$
            json.name("new").value(newName); //$NON-NLS-1$
            json.name("changes").beginArray(); //$NON-NLS-1$
            for (Change c : changes.changes()) {
                json.beginObject();
                json.name("area").value(c.area().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
                json.name("kind").value(c.kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
                json.name("id").value(c.id()); //$NON-NLS-1$
                json.name("label").value(c.label()); //$NON-NLS-1$
                if (c.renamedFrom() != null) {
                    json.name("renamedFrom").value(c.renamedFrom()); //$NON-NLS-1$
                }
                json.name("items").beginArray(); //$NON-NLS-1$
                for (Item i : c.items()) {
                    json.beginObject();
                    json.name("label").value(i.label()); //$NON-NLS-1$
                    json.name("before").value(i.before()); //$NON-NLS-1$
                    json.name("after").value(i.after()); //$NON-NLS-1$
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.flush();
            w.println();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
