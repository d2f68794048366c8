package org.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record CliHarness(int exitCode, String out, String err) {
    static CliHarness run(String... args) {
        CommandLine cl = ParleyCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliHarness(code, out.toString(), err.toString());
    }
}
