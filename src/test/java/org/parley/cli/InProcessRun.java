package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** {@code parley run} started in-process for a test class: the store it built, its endpoint and what it printed. */
final class InProcessRun implements AutoCloseable {
    final RunCommand command;
    final String endpoint;
    final String output;

    private InProcessRun(RunCommand command, String output) {
        this.command = command;
        this.output = output;
        this.endpoint = command.started.sparqlUrl();
    }

    /** Runs {@code parley run ARGS} until the server is up; fails the test when it exits otherwise. */
    static InProcessRun start(String... args) {
        RunCommand run = new RunCommand();
        run.returnAfterStart = true;
        CommandLine cl = new CommandLine(run);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        assertEquals(0, code, out.toString());
        return new InProcessRun(run, out.toString());
    }

    @Override
    public void close() {
        if (command.started != null) command.started.stop();
        if (command.openedStore != null) command.openedStore.close();
    }
}
