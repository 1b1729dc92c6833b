// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Transfer;
import privflow.edit.Labels;
import privflow.model.DataFlow;
import privflow.register.TransferImpactAssessment;

/**
 * {@code privflow tia MODEL KEY --out tia.docx}: a transfer impact assessment worksheet (EDPB
 * Recommendations 01/2020) for the transfer a finding is about, or for a flow's transfer.
 */
@Command(name = "tia", mixinStandardHelpOptions = true, sortOptions = false)
final class TiaCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "tia.model")
    String modelName;

    @Parameters(index = "1", paramLabel = "KEY", descriptionKey = "tia.key")
    String key;

    @Option(names = "--country", paramLabel = "CODE", descriptionKey = "tia.country")
    String country;

    @Option(names = "--date", paramLabel = "DATE", converter = Dates.class, descriptionKey = "tia.date")
    LocalDate date;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", descriptionKey = "tia.out")
    Path out;

    @Override
    public Integer call() {
        Locale locale = locale();
        if (Files.isDirectory(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFolder", out)); //$NON-NLS-1$
        }
        CheckedModel model = CheckedModel.load(modelName, options, null);
        AnalysisResult result = model.analyse(options);
        Transfer transfer = transfer(result, locale);
        if (transfer.coverage() == Transfer.Coverage.ADEQUACY) {
            throw new InputException(Messages.format(locale, "Error_TiaAdequate", Labels.of(transfer.flow(), locale), //$NON-NLS-1$
                    transfer.toolText().render(locale)));
        }
        TransferImpactAssessment tia = TransferImpactAssessment.of(model.model(), result, transfer, locale,
                date != null ? date : LocalDate.now(), AnalysisOptions.DEFAULT.tiaMaxAgeMonths());
        try {
            tia.write(out);
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_Write", out, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        out().println(Messages.format(locale, "Tia_Written", out, tia.reference(), tia.subtitle(), tia.date())); //$NON-NLS-1$
        return Main.OK;
    }

    /** @return the transfer {@code key} names: a finding's, or a flow's (given by id or name) to {@code --country} */
    private Transfer transfer(AnalysisResult result, Locale locale) {
        List<DataFlow> flows = result.transfers().stream().map(Transfer::flow).distinct()
                .filter(f -> key.equals(f.getId()) || key.equals(f.getName())).toList();
        if (flows.isEmpty()) {
            Finding finding = ExplainCommand.find(result, key, modelName, locale);
            return finding.transfer().orElseThrow(() -> new InputException(
                    Messages.format(locale, "Error_FindingWithoutTransfer", finding.key(), finding.rule().title(locale)))); //$NON-NLS-1$
        }
        List<Transfer> transfers = result.transfers().stream().filter(t -> flows.contains(t.flow()))
                .filter(t -> country == null || country.equalsIgnoreCase(t.country())).toList();
        List<String> countries = transfers.stream().map(Transfer::country).distinct().toList();
        if (transfers.isEmpty()) {
            throw new InputException(Messages.format(locale, "Error_TiaNoTransferTo", key, country)); //$NON-NLS-1$
        }
        if (countries.size() > 1) {
            throw new InputException(Messages.format(locale, "Error_TiaCountries", key, String.join(", ", countries))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return transfers.stream().filter(t -> t.kind() != Transfer.Kind.ONWARD).findFirst().orElse(transfers.get(0));
    }
}
