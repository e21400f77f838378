package org.hearth.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Export and import of one case as a JSON case file (see docs/case-format.md). */
final class CaseFileCommands {

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
            spec.commandLine().getErr().println("Export is not available in this build.");
            return 1;
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
            spec.commandLine().getErr().println("Import is not available in this build.");
            return 1;
        }
    }
}
