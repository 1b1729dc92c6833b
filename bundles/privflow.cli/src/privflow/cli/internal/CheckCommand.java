// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.core.Finding;
import privflow.model.io.AtomicFile;

/** {@code privflow check MODEL...}: the findings of each model, as text, JSON or SARIF. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand extends ModelCommand {

    /** The output formats. */
    enum Format {
        TEXT, JSON, SARIF
    }

    @Parameters(arity = "1..*", paramLabel = "MODEL", descriptionKey = "check.models")
    List<String> models;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif", descriptionKey = "check.format")
    Format format;

    @Option(names = "--fail-on", defaultValue = "high", paramLabel = "critical|high|medium|low|never", converter = Threshold.Converter.class, descriptionKey = "check.failOn")
    Threshold failOn;

    @Mixin
    ScenarioOption scenario;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "check.out")
    Path out;

    @Option(names = "--baseline", paramLabel = "FILE|REV", descriptionKey = "check.baseline")
    String baselineFile;

    @Option(names = "--new-only", descriptionKey = "check.newOnly")
    boolean newOnly;

    /**
     * @return the baseline: a model or report file, or else, for one model in a git repository,
     *         that model as the git revision {@code --baseline} names has it
     */
    private Baseline baseline(Locale locale) {
        if (Files.exists(Path.of(baselineFile)) || models.size() != 1) {
            return Baseline.read(baselineFile, options, scenario.name, locale);
        }
        return GitRevision.read(Path.of(models.get(0)), baselineFile, locale,
                file -> Baseline.read(file, options, scenario.name, locale));
    }

    @Override
    public Integer call() throws IOException {
        Locale locale = locale();
        PrintWriter err = err();
        List<CheckedModel> checked = new ArrayList<>();
        boolean inputError = false;
        try (Progress progress = Progress.start(err)) {
            for (String name : models) {
                progress.phase(Messages.format(locale, "Progress_Checking", name)); //$NON-NLS-1$
                try {
                    CheckedModel model = CheckedModel.load(name, options, scenario.name);
                    model.analyse(options);
                    checked.add(model);
                } catch (InputException e) {
                    if (models.size() == 1) {
                        throw e;
                    }
                    err.println(Messages.format(locale, "Error_Prefix", e.getMessage())); //$NON-NLS-1$
                    inputError = true;
                }
            }
        }
        if (newOnly && baselineFile == null) {
            throw new InputException(Messages.get(locale, "Error_NewOnlyNeedsBaseline")); //$NON-NLS-1$
        }
        Baseline baseline = baselineFile == null ? null : baseline(locale);
        FindingsReport report = switch (format) {
            case TEXT -> new TextReport(locale, failOn);
            case JSON -> new JsonReport(locale, failOn);
            case SARIF -> new SarifReport(locale, failOn);
        };
        report.comparedWith(baseline, newOnly);
        if (out == null) {
            PrintWriter stdout = out();
            report.write(checked, options, stdout);
            stdout.flush();
        } else {
            write(report, checked, locale);
        }
        int failing = failing(checked, baseline);
        if (format != Format.TEXT || out != null) {
            err.println(TextReport.verdict(locale, failOn, failing));
        }
        if (inputError) {
            return Main.ERROR;
        }
        return failing > 0 ? Main.FINDINGS : Main.OK;
    }

    /** Writes the report to {@code -o} atomically; a file that cannot be written is an output error (exit 2), never "findings". */
    private void write(FindingsReport report, List<CheckedModel> checked, Locale locale) {
        if (Files.isDirectory(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFolder", out)); //$NON-NLS-1$
        }
        try {
            AtomicFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                report.write(checked, options, writer);
                writer.flush();
            });
        } catch (IOException | RuntimeException e) {
            throw new InputException(Messages.format(locale, "Error_Write", out, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    private int failing(List<CheckedModel> checked, Baseline baseline) {
        int count = 0;
        for (CheckedModel model : checked) {
            for (Finding f : model.analyse(options).findings()) {
                if (FindingsReport.fails(f, failOn, baseline, newOnly)) {
                    count++;
                }
            }
        }
        return count;
    }
}
