package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

class NameRulesTest {

    @Test
    void dropsTitlesFromPersonNames() {
        String[] t = {"President", "Bush", "met", "Mr.", "Putin", "and", "General", "Motors", "."};
        List<Span> out = NameRules.apply(t, List.of(new Span(0, 2, NerTypes.PERSON),
                new Span(3, 4, NerTypes.PERSON), new Span(6, 8, NerTypes.ORGANIZATION)));
        assertEquals(List.of(new Span(1, 2, NerTypes.PERSON), new Span(6, 8, NerTypes.ORGANIZATION)), out);
    }

    @Test
    void splitsAtCommasAndTrimsFunctionWords() {
        String[] t = {"in", "Bakersfield", ",", "California", "and", "the", "Netherlands", "with", "the", "Who"};
        List<Span> out = NameRules.apply(t, List.of(new Span(1, 4, NerTypes.ORGANIZATION),
                new Span(5, 7, NerTypes.LOCATION), new Span(8, 10, NerTypes.ORGANIZATION)));
        assertEquals(List.of(new Span(1, 2, NerTypes.ORGANIZATION), new Span(3, 4, NerTypes.ORGANIZATION),
                new Span(6, 7, NerTypes.LOCATION), new Span(9, 10, NerTypes.ORGANIZATION)), out);
    }

    @Test
    void knownLocationsSplitOffOtherSpansBecomeLocations() {
        Dictionary d = new Dictionary(true);
        d.put(new StringList("California"));
        d.put(new StringList("Bakersfield"));
        String[] t = {"Bakersfield", ",", "California", "and", "Bakersfield", "Jets"};
        List<Span> out = NameRules.apply(t, List.of(new Span(0, 3, NerTypes.ORGANIZATION),
                new Span(4, 6, NerTypes.ORGANIZATION)), d);
        assertEquals(List.of(new Span(0, 1, NerTypes.LOCATION), new Span(2, 3, NerTypes.LOCATION),
                new Span(4, 6, NerTypes.ORGANIZATION)), out, "unsplit spans keep their type");
    }

    @Test
    void headNounsTypeMultiWordNames() {
        String[] t = {"Fishing", "on", "Moosehead", "Lake", "is", "run", "by", "Acme", "Recording", "Company", "and",
                "the", "University", "of", "Maine", ",", "said", "Linda", "Hill", "."};
        List<Span> in = List.of(new Span(2, 4, NerTypes.PERSON), new Span(7, 10, NerTypes.LOCATION),
                new Span(12, 15, NerTypes.LOCATION), new Span(17, 19, NerTypes.PERSON));
        List<Span> out = NameRules.apply(t, in, null, java.util.EnumSet.of(NameRules.Rule.CONVENTIONS,
                NameRules.Rule.HEAD_TYPES));
        assertEquals(List.of(new Span(2, 4, NerTypes.LOCATION), new Span(7, 10, NerTypes.ORGANIZATION),
                new Span(12, 15, NerTypes.ORGANIZATION), new Span(17, 19, NerTypes.PERSON)), out,
                "Lake, Company and University of types the names; Hill is not a head");
        assertEquals(in.subList(0, 2), NameRules.apply(t, in.subList(0, 2), null),
                "without the rule the model's types stay");
        assertEquals(List.of(new Span(0, 1, NerTypes.PERSON)), NameRules.headTypes(new String[] {"River"},
                List.of(new Span(0, 1, NerTypes.PERSON))), "a one-word name has no separate head");
    }

    @Test
    void aTitleAndAPersonsNameTypedOtherwiseBecomeThePerson() {
        String[] t = {"Professor", "Amos", "Frumkin", "left", "the", "Foreign", "Ministry", "for", "General", "Motors",
            "and", "Prince", "Edward", "Island", "as", "Chief", "Executive", "."};
        List<Span> spans = List.of(new Span(0, 3, NerTypes.ORGANIZATION), new Span(5, 7, NerTypes.ORGANIZATION),
                new Span(8, 10, NerTypes.ORGANIZATION), new Span(11, 14, NerTypes.LOCATION),
                new Span(15, 17, NerTypes.ORGANIZATION));
        List<Span> out = NameRules.apply(t, spans, null, java.util.EnumSet.of(NameRules.Rule.TITLED_PEOPLE));
        assertEquals(List.of(new Span(1, 3, NerTypes.PERSON), new Span(5, 7, NerTypes.ORGANIZATION),
                new Span(8, 10, NerTypes.ORGANIZATION), new Span(11, 14, NerTypes.LOCATION),
                new Span(15, 17, NerTypes.ORGANIZATION)), out,
                "a head noun (Ministry, Motors, Island) or an ordinary word (Executive) after the title is no person's name");
        assertEquals(spans, NameRules.apply(t, spans, null, java.util.EnumSet.noneOf(NameRules.Rule.class)), "off");
    }

    @Test
    void twoPeopleJoinedByAndAreTwoNames() {
        String[] t = {"Kent", "Brewster", "and", "Esther", "Friesner", "wrote", "for", "Dallas", "Morning", "News", "and",
            "Houston", "Post", "and", "Procter", "&", "Gamble", "."};
        List<Span> spans = List.of(new Span(0, 5, NerTypes.ORGANIZATION), new Span(7, 13, NerTypes.ORGANIZATION),
                new Span(14, 17, NerTypes.ORGANIZATION));
        List<Span> out = NameRules.apply(t, spans, null, java.util.EnumSet.of(NameRules.Rule.CONJOINED_PEOPLE));
        assertEquals(List.of(new Span(0, 2, NerTypes.PERSON), new Span(3, 5, NerTypes.PERSON),
                new Span(7, 13, NerTypes.ORGANIZATION), new Span(14, 17, NerTypes.ORGANIZATION)), out,
                "an ordinary word (Morning) or one-word sides (Procter & Gamble) are no pair of people");
        assertEquals(spans, NameRules.apply(t, spans, null, java.util.EnumSet.noneOf(NameRules.Rule.class)), "off");
    }

    @Test
    void aNameOpeningWithAGivenNameIsAPerson() {
        String[] t = {"politicians", "such", "as", "Tony", "Blair", "joined", "the", "John", "Birch", "Society", "at",
            "George", "Washington", "University", "."};
        List<Span> spans = List.of(new Span(3, 5, NerTypes.LOCATION), new Span(7, 10, NerTypes.ORGANIZATION),
                new Span(11, 14, NerTypes.ORGANIZATION));
        List<Span> out = NameRules.apply(t, spans, null, java.util.EnumSet.of(NameRules.Rule.GIVEN_NAMES));
        assertEquals(List.of(new Span(3, 5, NerTypes.PERSON), new Span(7, 10, NerTypes.ORGANIZATION),
                new Span(11, 14, NerTypes.ORGANIZATION)), out, "a head noun (Society, University) wins");
        assertEquals(spans, NameRules.apply(t, spans, null, java.util.EnumSet.noneOf(NameRules.Rule.class)), "off");
    }

    private static NameLists lists(String text) throws java.io.IOException {
        return new NameLists(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<Span> listRules(String[] t, List<Span> in, NameLists lists, NameRules.Rule... rules) {
        return NameRules.apply(t, in, null, lists, java.util.EnumSet.copyOf(List.of(rules)));
    }

    /** Names sorted by UTF-8 bytes, as the list files are. */
    private static final String LISTS = String.join("\n",
            "Bosnia\tcountry,location,nationality",
            "Bosnia and Herzegovina\tcountry,location,nationality",
            "Eric Butler\tperson",
            "Fremantle Dockers\torganization",
            "Herzegovina\tlocation",
            "Kanye West\tperson",
            "Korean\tnationality",
            "Perth Glory\torganization",
            "South Korean\tlocation,nationality",
            "Tehran\tcity,location",
            "The Hague\tcity,location",
            "Washington\tlocation,person",
            "West Coast Eagles\torganization") + "\n";

    @Test
    void listTypesRetypeNamesTheListsHoldUnderOneTypeOnly() throws Exception {
        String[] t = {"Perth", "Glory", "beat", "Kanye", "West", "in", "Washington", "and", "Tehran", "."};
        List<Span> in = List.of(new Span(0, 2, NerTypes.PERSON), new Span(3, 5, NerTypes.LOCATION),
                new Span(6, 7, NerTypes.ORGANIZATION), new Span(8, 9, NerTypes.ORGANIZATION));
        List<Span> out = listRules(t, in, lists(LISTS), NameRules.Rule.LIST_TYPES);
        assertEquals(List.of(new Span(0, 2, NerTypes.ORGANIZATION), new Span(3, 5, NerTypes.PERSON),
                new Span(6, 7, NerTypes.ORGANIZATION), new Span(8, 9, NerTypes.ORGANIZATION)), out,
                "Washington is listed twice over (kept); Tehran is a name the model was trained on (kept)");
        assertEquals(in, listRules(t, in, lists(LISTS), NameRules.Rule.CONVENTIONS), "off: types stay");
    }

    @Test
    void listedNamesReplaceTheFragmentsTheModelFound() throws Exception {
        String[] t = {"Bosnia", "and", "Herzegovina", "and", "South", "Korean", "officials"};
        List<Span> in = List.of(new Span(0, 1, NerTypes.LOCATION), new Span(2, 3, NerTypes.LOCATION),
                new Span(4, 5, NerTypes.LOCATION));
        List<Span> out = listRules(t, in, lists(LISTS), NameRules.Rule.LIST_SPANS);
        assertEquals(List.of(new Span(0, 3, NerTypes.LOCATION), new Span(4, 5, NerTypes.LOCATION)), out,
                "a listed name ending in a nationality word does not grow a name");
    }

    @Test
    void twoListedNamesJoinedByAndAreTwoNames() throws Exception {
        String[] t = {"the", "West", "Coast", "Eagles", "and", "Fremantle", "Dockers", "met"};
        List<Span> out = listRules(t, List.of(new Span(1, 7, NerTypes.ORGANIZATION)), lists(LISTS),
                NameRules.Rule.LIST_SPLIT);
        assertEquals(List.of(new Span(1, 4, NerTypes.ORGANIZATION), new Span(5, 7, NerTypes.ORGANIZATION)), out);
        String[] b = {"Bosnia", "and", "Herzegovina"};
        assertEquals(List.of(new Span(0, 3, NerTypes.LOCATION)), listRules(b,
                List.of(new Span(0, 3, NerTypes.LOCATION)), lists(LISTS), NameRules.Rule.LIST_SPLIT),
                "a listed whole stays one name");
    }

    @Test
    void aListedNameAfterATitleIsTheName() throws Exception {
        String[] t = {"National", "Director", "Eric", "Butler", "spoke"};
        List<Span> out = listRules(t, List.of(new Span(0, 4, NerTypes.ORGANIZATION)), lists(LISTS),
                NameRules.Rule.LIST_TAILS);
        assertEquals(List.of(new Span(2, 4, NerTypes.PERSON)), out);
    }

    @Test
    void aSentenceOpeningTheIsDroppedUnlessTheNameHasIt() throws Exception {
        String[] t = {"The", "Ayalon", "Cave", "lies", "near", "The", "Hague"};
        List<Span> out = listRules(t, List.of(new Span(0, 3, NerTypes.LOCATION), new Span(5, 7, NerTypes.LOCATION)),
                lists(LISTS), NameRules.Rule.OPENING_THE);
        assertEquals(List.of(new Span(1, 3, NerTypes.LOCATION), new Span(5, 7, NerTypes.LOCATION)), out);
        String[] h = {"The", "Hague", "said"};
        assertEquals(List.of(new Span(0, 2, NerTypes.LOCATION)), listRules(h,
                List.of(new Span(0, 2, NerTypes.LOCATION)), lists(LISTS), NameRules.Rule.OPENING_THE),
                "a listed name keeps its The");
    }
}
