// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.register.Changes;
import privflow.register.Register;
import privflow.register.RegisterFormat;

/** {@code privflow register MODEL --out PATH}: the record of processing activities (GDPR Art. 30). */
@Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false)
final class RegisterCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "register.model")
    String modelName;

    @Option(names = "--format", paramLabel = "xlsx|csv|html|pdf|docx|json", descriptionKey = "register.format")
    String format;

    @Option(names = "--date", paramLabel = "DATE", converter = Dates.class, descriptionKey = "register.date")
    LocalDate date;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", descriptionKey = "register.out")
    Path out;

    @Option(names = "--changes-since", paramLabel = "FILE|REV", descriptionKey = "register.changesSince")
    String changesSince;

    @Override
    public Integer call() {
        Locale locale = locale();
        RegisterFormat registerFormat = format(locale);
        if (registerFormat != RegisterFormat.CSV && Files.isDirectory(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFolder", out)); //$NON-NLS-1$
        }
        if (registerFormat == RegisterFormat.CSV && Files.isRegularFile(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFile", out)); //$NON-NLS-1$
        }
        Register register;
        try (Progress progress = Progress.start(err())) {
            progress.phase(Messages.format(locale, "Progress_Checking", modelName)); //$NON-NLS-1$
            CheckedModel model = CheckedModel.load(modelName, options, null);
            register = Register.of(model.model(), model.analyse(options), locale, date != null ? date : LocalDate.now());
            if (changesSince != null) {
                CheckedModel before = Files.exists(Path.of(changesSince))
                        ? CheckedModel.load(changesSince, options, null)
                        : GitRevision.read(Path.of(modelName), changesSince, locale, file -> CheckedModel.load(file, options, null));
                Changes changes = Changes.between(before.model(), before.analyse(options), model.model(), model.analyse(options), locale,
                        register.date());
                register = register.withChanges(changes, changesSince);
            }
            progress.phase(Messages.format(locale, "Progress_Writing", out)); //$NON-NLS-1$
            registerFormat.write(register, out);
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_Write", out, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        out().println(Messages.format(locale, "Register_Written", out, //$NON-NLS-1$
                registerFormat.name(), register.activities(),
                register.section("transfers").rows().size(), locale.getLanguage(), register.date())); //$NON-NLS-1$
        return Main.OK;
    }

    /** @return the format asked for, else the one the output's extension names */
    private RegisterFormat format(Locale locale) {
        if (format != null) {
            RegisterFormat f = RegisterFormat.byName(format);
            if (f == null) {
                throw new InputException(Messages.format(locale, "Error_RegisterFormat", format)); //$NON-NLS-1$
            }
            return f;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        RegisterFormat f = dot < 0 ? null : RegisterFormat.byName(name.substring(dot + 1));
        if (f == null) {
            throw new InputException(Messages.format(locale, "Error_RegisterFormatUnknown", out)); //$NON-NLS-1$
        }
        return f;
    }
}
