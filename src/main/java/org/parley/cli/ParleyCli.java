package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command line: one thin picocli class per sub-command.
 *
 * <p>Exit codes: {@value #OK} success; {@value #SOME_FAILED} some inputs failed (the others were processed);
 * {@value #USAGE} usage error; {@value #FAILED} the command could not do its job at all.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCli.Version.class,
        description = "Builds a knowledge graph from news articles and serves it over SPARQL.",
        subcommands = {RunCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
                StatsCommand.class, CompactCommand.class, ValidateCommand.class, ExportCommand.class, TrainNerCommand.class,
                EvalCommand.class, EvalNerCommand.class, EvalResolutionCommand.class, BenchCorpusCommand.class,
                BenchCommand.class, BenchChartCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs failed; the others were processed", "2:usage error",
                "3:the command failed"})
public final class ParleyCli {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line as {@code main} would, returning the exit code instead of exiting. */
    public static int run(String... args) {
        org.parley.rdf.IriParsing.useRfc3986();
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParleyCli());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("parley: " + describe(ex));
            org.slf4j.LoggerFactory.getLogger(ParleyCli.class).debug("command failed", ex);
            return FAILED;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? USAGE : FAILED);
        return cl;
    }

    /** The message of an exception and of its causes, each once. */
    static String describe(Throwable ex) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null || m.isBlank()) m = t.getClass().getSimpleName();
            if (sb.indexOf(m) >= 0) continue;
            if (sb.length() > 0) sb.append(": ");
            sb.append(m);
        }
        return sb.toString();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ParleyCli.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (v == null ? "dev" : v)};
        }
    }
}
