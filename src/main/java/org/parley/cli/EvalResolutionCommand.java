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

    @picocli.CommandLine.Option(names = "--persons", paramLabel = "CSV",
            description = "Also list the person-name spellings the keys join in this GMB/VOA NER corpus (e.g. data/training/ner_dataset.csv).")
    java.nio.file.Path persons;

    @Override
    public Integer call() throws java.io.IOException {
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
        if (persons != null) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (org.parley.nlp.ner.GmbCorpus.Sentence s : org.parley.nlp.ner.GmbCorpus.read(persons)) {
                StringBuilder cur = new StringBuilder();
                for (int i = 0; i <= s.size(); i++) {
                    String tag = i < s.size() ? s.tags().get(i) : "O";
                    if (tag.equals("I-per")) {
                        cur.append(' ').append(s.words().get(i));
                        continue;
                    }
                    if (cur.length() > 0) names.add(cur.toString());
                    cur.setLength(0);
                    if (tag.equals("B-per")) cur.append(s.words().get(i));
                }
            }
            java.util.List<java.util.SortedSet<String>> groups = NameKeyEvaluation.joinedSpellings(names);
            out.printf(Locale.ROOT, "person names in %s: %,d distinct; spellings the keys join: %d groups (read them: each should be one person)%n",
                    persons, names.size(), groups.size());
            for (java.util.SortedSet<String> g : groups) out.println("  " + String.join(" ~ ", g));
        }
        out.flush();
        return ParleyCli.OK;
    }
}
