package dev.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The top of the command line: {@code verbatim extract|evaluate|report}. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = VerbatimCommand.Version.class,
        description = "Finds the quotes of news articles and who said them.",
        synopsisSubcommandLabel = "(extract | evaluate | report)",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:some documents failed (each has its error in the output and on stderr), or the output could "
                        + "not be written",
                "2:bad usage, or the input or gold cannot be read"},
        footer = {"", "Run 'verbatim COMMAND --help' for the options of a command."})
final class VerbatimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract, evaluate or report");
    }

    /** The version of the build, from a resource filtered by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"verbatim " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version") + ", Stanford CoreNLP 4.5.10"};
        }
    }
}
