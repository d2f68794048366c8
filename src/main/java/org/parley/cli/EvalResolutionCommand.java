package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.knowledge.Gazetteer;
import org.parley.resolve.NameKeyEvaluation;

/** {@code parley eval-resolution}: how often the transliteration-aware name keys merge different things. */
@Command(name = "eval-resolution", mixinStandardHelpOptions = true,
        description = {"Measure the transliteration-aware name matching used to resolve entities on the gazetteer's",
                "places (known identities): false merges of different places, and spelling variants matched."})
public final class EvalResolutionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NameKeyEvaluation.Result r = NameKeyEvaluation.evaluate(Gazetteer.loadDefault().all());
        out.printf(Locale.ROOT, "places measured:                %,d (%,d distinct names)%n", r.entities(), r.names());
        out.printf(Locale.ROOT, "false merges (rules only):      %,d pairs of different places under %,d keys%n",
                r.falseMergePairs(), r.keysWithFalseMerges());
        out.printf(Locale.ROOT, "false-merge rate:               %.2f%% of places%n", 100 * r.falseMergeRate());
        out.printf(Locale.ROOT, "spelling variants matched:      %,d of %,d pairs (%.1f%%) that plain folding keeps apart%n",
                r.variantMatches(), r.variantPairs(), 100 * r.variantRecall());
        out.println("examples of false merges:");
        for (String e : r.examples()) out.println("  " + e);
        out.flush();
        return ParleyCli.OK;
    }
}
