package org.parley.nlp.ner;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import opennlp.tools.util.Span;

/**
 * The names the model was trained on: every distinct text of a person, location or organization name in the
 * training part of the GMB/VOA corpus ({@code training-names.txt}). {@link NameRules.Rule#LIST_TYPES} lets the
 * name lists overrule the model only for names outside this set: for a name it was trained on, the model has
 * learnt from the context how the news uses it ("Tehran said" names the government), which the lists cannot
 * know. {@code DerivedListsIT} checks that the shipped file is what {@link #derive} gives on the training part.
 */
public final class TrainingNames {
    private static final Set<String> NAMES = Set.copyOf(ListResource.lines("training-names.txt"));

    private TrainingNames() {
    }

    /** Whether a name (tokens joined by single spaces) is one the model was trained on. */
    static boolean contains(String name) {
        return NAMES.contains(name);
    }

    /** The distinct texts (tokens joined by single spaces) of the typed names of tagged sentences, sorted. */
    public static SortedSet<String> derive(List<NerSentence> sentences) {
        SortedSet<String> out = new TreeSet<>();
        for (NerSentence s : Objects.requireNonNull(sentences, "sentences")) {
            for (Span n : s.names()) {
                if (NerTypes.ALL.contains(n.getType())) {
                    out.add(String.join(" ", s.tokens().subList(n.getStart(), n.getEnd())));
                }
            }
        }
        return out;
    }
}
