package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

import org.parley.knowledge.Gazetteer;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Mention;
import org.parley.nlp.NlpOptions;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.TextAnnotator;

/**
 * The hybrid recogniser with the real tagger and gazetteer; the statistical finder's answers are given (fixed
 * spans), so that what is tested is how the hybrid combines them with the gazetteer.
 */
class HybridNameFinderIT {
    static TextAnnotator annotator;
    static ProperNameFinder rules;

    @BeforeAll
    static void load() throws Exception {
        annotator = new TextAnnotator(OpenNlpModels.loadDefault(), NlpOptions.defaults());
        rules = new ProperNameFinder(Gazetteer.loadDefault());
    }

    private static List<String> found(String sentence, Span[] model, boolean longerModelNames) {
        List<String[]> words = List.<String[]>of(sentence.split(" "));
        Function<List<String[]>, List<Span[]>> fixed = s -> List.<Span[]>of(model);
        AnnotatedArticle a = annotator.annotateTokens(words);
        List<String> out = new ArrayList<>();
        for (Mention m : new HybridNameFinder(rules, fixed, longerModelNames).find(a)) {
            out.add(m.text() + "/" + m.type());
        }
        return out;
    }

    @Test
    void aLongerModelNameAroundAKnownPlaceWins() {
        String s = "Students at the University of Alberta cheered when Paris Hilton arrived .";
        Span[] model = {new Span(3, 6, "organization"), new Span(8, 10, "person")};
        assertEquals(List.of("University of Alberta/ORGANIZATION", "Paris Hilton/PERSON"), found(s, model, true));
        List<String> without = found(s, model, false);
        assertEquals(List.of("Alberta/PLACE", "Paris/PLACE"), without.stream().filter(m -> m.endsWith("PLACE")).toList(),
                "without the rule the gazetteer's places win");
    }

    @Test
    void namesJoinedByAConjunctionOrDescribedByADirectionStayApart() {
        String s = "Trade between Belarus and Kazakhstan grew in Southern Ukraine .";
        Span[] model = {new Span(2, 5, "organization"), new Span(7, 9, "location")};
        List<String> f = found(s, model, true);
        assertEquals(List.of("Belarus", "Kazakhstan", "Ukraine"),
                f.stream().map(m -> m.substring(0, m.indexOf('/'))).toList());
    }
}
