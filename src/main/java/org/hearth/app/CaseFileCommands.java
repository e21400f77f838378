package org.hearth.app;

import java.nio.file.Path;
import org.hearth.service.CaseFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Export and import of one case as a JSON case file (see docs/case-format.md). */
final class CaseFileCommands {

    /** Exit code when a case file is refused or a case is not found. */
    static final int BAD_FILE = 2;

    private CaseFileCommands() {
    }

    @Command(name = "export", description = "Write one case to a JSON case file. The file is NOT encrypted.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @Parameters(index = "0", description = "The case reference")
        String reference;

        @Option(names = {"-o", "--output"}, required = true, description = "The file to write")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            return access.withVault(err, open -> {
                try {
                    open.caseFile().export(reference, output);
                } catch (CaseFileException e) {
                    err.println(e.getMessage());
                    return BAD_FILE;
                }
                spec.commandLine().getOut().println("Wrote case " + reference + " to " + output + ".\n"
                        + "This file is NOT encrypted: keep it on an encrypted drive and delete it after use.");
                return 0;
            });
        }
    }

    @Command(name = "import", description = "Read a JSON case file and add the case; a bad file changes nothing.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Mixin
        HearthCommand.Access access;

        @Parameters(index = "0", description = "The case file")
        Path input;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            return access.withVault(err, open -> {
                try {
                    String reference = open.caseFile().importCase(input);
                    spec.commandLine().getOut().println("Imported case " + reference + ".");
                    return 0;
                } catch (CaseFileException e) {
                    err.println("Nothing was imported. " + e.getMessage());
                    return BAD_FILE;
                }
            });
        }
    }
}
