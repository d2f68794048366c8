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

    /** The hybrid's names in a document of sentences (" || " between them), with the model's spans per sentence. */
    private static List<String> foundInDocument(String document, List<Span[]> model) {
        List<String[]> words = new ArrayList<>();
        for (String sentence : document.split(" \\|\\| ")) words.add(sentence.split(" "));
        AnnotatedArticle a = annotator.annotateTokens(words);
        List<String> out = new ArrayList<>();
        for (Mention m : new HybridNameFinder(rules, s -> model).find(a)) out.add(m.sentence() + ":" + m.text() + "/" + m.type());
        return out;
    }

    @Test
    void aSurnameFollowsWhatTheModelMadeOfTheFullName() {
        String doc = "Fans of the Boston Bruins cheered loudly . || Later the Bruins lost to Duane Bobick 's team . "
                + "|| Bobick smiled .";
        // the model reads "Boston Bruins" as a team: "Bruins" is not the surname of a person "Boston Bruins"
        List<Span[]> model = List.of(new Span[] {new Span(3, 5, "organization")},
                new Span[] {new Span(2, 3, "organization"), new Span(5, 7, "person")},
                new Span[] {new Span(0, 1, "location")});
        List<String> f = foundInDocument(doc, model);
        assertEquals(true, f.contains("1:Bruins/ORGANIZATION"), f.toString());
        // the model reads "Duane Bobick" as a person: "Bobick" alone is that person, whatever the model says there
        assertEquals(true, f.contains("2:Bobick/PERSON"), f.toString());
    }

    @Test
    void theRulesTypeAnUnknownNameByItsHeadNounNotAsAPerson() {
        AnnotatedArticle a = annotator.annotateTokens(List.<String[]>of(
                "He joined the World Anti-Communist League in 1970 .".split(" ")));
        List<String> f = rules.find(a).stream().map(m -> m.text() + "/" + m.type()).toList();
        assertEquals(List.of("World Anti-Communist League/ORGANIZATION"), f);
    }

    @Test
    void aModelOrganisationNameOpeningWithADemonymWins() {
        String s = "He sued the American Civil Liberties Union in Texas .";
        assertEquals(List.of("American Civil Liberties Union/ORGANIZATION", "Texas/PLACE"),
                found(s, new Span[] {new Span(3, 7, "organization")}, true));
    }

    @Test
    void anOrdinaryWordCapitalisedAloneIsNoNameUnlessPartOfALongerName() {
        List<String> f = foundInDocument("The band played Campaign and Player on the radio .",
                List.<Span[]>of(new Span[] {new Span(3, 4, "organization"), new Span(5, 6, "person")}));
        assertEquals(List.of(), f, "two ordinary words");
        f = foundInDocument("Ben Player sang . || Player played Campaign on the radio .",
                List.of(new Span[] {new Span(0, 2, "person")},
                        new Span[] {new Span(0, 1, "person"), new Span(2, 3, "organization")}));
        assertEquals(List.of("0:Ben Player/PERSON", "1:Player/PERSON"), f, "the surname of Ben Player");
    }
}
