package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class GmbCleanerTest {
    private static int next = 1;

    /** "word/POS/TAG" tokens separated by spaces. */
    private static GmbCorpus.Sentence s(String tagged) {
        List<String> w = new ArrayList<>();
        List<String> p = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String tok : tagged.split(" ")) {
            String[] f = tok.split("/");
            w.add(f[0]);
            p.add(f[1]);
            t.add(f[2]);
        }
        return new GmbCorpus.Sentence(next++, w, p, t);
    }

    private static String names(NerSentence s) {
        return s.names().stream().map(n -> n.getType() + ":" + s.text(n)).collect(Collectors.joining("|"));
    }

    private static List<NerSentence> clean(GmbCleaner.Options o, GmbCorpus.Sentence... in) {
        return GmbCleaner.clean(Arrays.asList(in), o, new GmbCleaner.Report()).stream()
                .map(GmbCleaner.Cleaned::sentence).collect(Collectors.toList());
    }

    @Test
    void stripsTitlesFromPersonSpans() {
        List<NerSentence> out = clean(GmbCleaner.Options.ALL,
                s("President/NNP/B-per Mahmoud/NNP/I-per Ahmadinejad/NNP/I-per spoke/VBD/O ./././O"),
                s("U.S./NNP/B-per President/NNP/I-per George/NNP/I-per Bush/NNP/I-per left/VBD/O ./././O"),
                s("Secretary/NNP/B-per of/IN/I-per State/NNP/I-per Condoleezza/NNP/I-per Rice/NNP/I-per"
                        + " came/VBD/O ./././O"),
                s("Iranian/JJ/B-per Foreign/NNP/I-per Minister/NNP/I-per Manouchehr/NNP/I-per"
                        + " Mottaki/NNP/I-per said/VBD/O ./././O"),
                s("Martin/NNP/B-per Luther/NNP/I-per King/NNP/I-per Jr./NNP/I-per died/VBD/O ./././O"));
        assertEquals("person:Mahmoud Ahmadinejad", names(out.get(0)));
        assertEquals("person:George Bush", names(out.get(1)));
        assertEquals("person:Condoleezza Rice", names(out.get(2)));
        assertEquals("person:Manouchehr Mottaki", names(out.get(3)));
        assertEquals("person:Martin Luther King Jr.", names(out.get(4)), "a title word inside a name stays");
        List<NerSentence> raw = clean(GmbCleaner.Options.NONE,
                s("President/NNP/B-per Mahmoud/NNP/I-per Ahmadinejad/NNP/I-per spoke/VBD/O ./././O"));
        assertEquals("person:President Mahmoud Ahmadinejad", names(raw.get(0)));
    }

    @Test
    void titleOnlySpansGiveTheirNameToThePerson() {
        List<NerSentence> out = clean(GmbCleaner.Options.ALL,
                s("Mr./NNP/B-per Yushchenko/NNP/B-org said/VBD/O ./././O"),
                s("Prime/NNP/B-per Minister/NNP/O Silvio/NNP/B-per Berlusconi/NNP/I-per won/VBD/O ./././O"),
                s("Mr./NNP/B-per Ban/NNP/O said/VBD/O ./././O"));
        assertEquals("person:Yushchenko", names(out.get(0)));
        assertEquals("person:Silvio Berlusconi", names(out.get(1)));
        assertEquals("person:Ban", names(out.get(2)));
    }

    @Test
    void usBecomesOneLocationButStaysInsideOrganisations() {
        List<GmbCorpus.Sentence> in = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            in.add(s("The/DT/O U.S./NNP/B-geo and/CC/O France/NNP/B-geo agreed/VBD/O " + i + "/CD/O ./././O"));
        }
        in.add(s("U.S./NNP/B-org officials/NNS/O said/VBD/O ./././O"));
        in.add(s("U.S./NNP/B-gpe troops/NNS/O left/VBD/O ./././O"));
        in.add(s("The/DT/O U.S./NNP/B-org Embassy/NNP/I-org closed/VBD/O ./././O"));
        GmbCleaner.Report r = new GmbCleaner.Report();
        List<NerSentence> out = GmbCleaner.clean(in, GmbCleaner.Options.ALL, r).stream()
                .map(GmbCleaner.Cleaned::sentence).collect(Collectors.toList());
        assertEquals("location:U.S.", names(out.get(6)));
        assertEquals("location:U.S.", names(out.get(7)));
        assertEquals("organization:U.S. Embassy", names(out.get(8)));
        assertEquals(2, r.usRetyped);
    }

    @Test
    void mapsTypesAndDropsDemonyms() {
        List<NerSentence> out = clean(GmbCleaner.Options.ALL,
                s("Iraqi/JJ/B-gpe forces/NNS/O entered/VBD/O Sri/NNP/B-gpe Lanka/NNP/I-gpe on/IN/O"
                        + " Monday/NNP/B-tim with/IN/O NATO/NNP/B-org in/IN/O Kabul/NNP/B-geo ./././O"));
        assertEquals("misc:Iraqi|location:Sri Lanka|organization:NATO|location:Kabul", names(out.get(0)),
                "demonyms are trained as misc, times are dropped");
        List<NerSentence> noMisc = clean(new GmbCleaner.Options(true, true, true, true, false),
                s("Iraqi/JJ/B-gpe forces/NNS/O entered/VBD/O Sri/NNP/B-gpe Lanka/NNP/I-gpe on/IN/O"
                        + " Monday/NNP/B-tim with/IN/O NATO/NNP/B-org in/IN/O Kabul/NNP/B-geo ./././O"));
        assertEquals("location:Sri Lanka|organization:NATO|location:Kabul", names(noMisc.get(0)));
        List<NerSentence> raw = clean(GmbCleaner.Options.NONE,
                s("Iraqi/JJ/B-gpe forces/NNS/O entered/VBD/O Sri/NNP/B-gpe Lanka/NNP/I-gpe ./././O"));
        assertEquals("location:Iraqi|location:Sri Lanka", names(raw.get(0)));
    }

    @Test
    void dropsDuplicatesAndTheTruncatedLastSentence() {
        GmbCleaner.Report r = new GmbCleaner.Report();
        List<GmbCleaner.Cleaned> out = GmbCleaner.clean(List.of(
                s("Rain/NN/O fell/VBD/O ./././O"),
                s("Snow/NN/O fell/VBD/O ./././O"),
                s("Rain/NN/O fell/VBD/O ./././O"),
                s("Indian/JJ/B-gpe forces/NNS/O said/VBD/O they/PRP/O responded/VBD/O")),
                GmbCleaner.Options.ALL, r);
        assertEquals(2, out.size());
        assertEquals(List.of("Rain", "fell", "."), out.get(0).sentence().tokens());
        assertEquals(List.of("Snow", "fell", "."), out.get(1).sentence().tokens());
        assertEquals(1, r.duplicatesDropped);
        assertEquals(1, r.truncatedDropped);
    }

    @Test
    void appliesSpanConventions() {
        List<NerSentence> out = clean(GmbCleaner.Options.ALL,
                s("Talks/NNS/O in/IN/O the/DT/B-geo Middle/NNP/I-geo East/NNP/I-geo and/CC/O"
                        + " Bakersfield/NNP/B-org ,/,/I-org California/NNP/I-org ./././O"));
        assertEquals("location:Middle East|organization:Bakersfield|organization:California", names(out.get(0)));
    }

    @Test
    void decodesIob2() {
        List<Span> spans = new ArrayList<>();
        NerSentence n = clean(GmbCleaner.Options.NONE,
                s("A/NNP/B-org B/NNP/I-org C/NNP/B-org D/NNP/I-geo ./././O")).get(0);
        spans.addAll(n.names());
        assertEquals(List.of(new Span(0, 2, NerTypes.ORGANIZATION), new Span(2, 3, NerTypes.ORGANIZATION),
                new Span(3, 4, NerTypes.LOCATION)), spans);
    }

    @Test
    void heldOutBlocksAreEveryTenthBlockOf500() {
        assertEquals(false, NerCorpus.isHeldOut(1));
        assertEquals(false, NerCorpus.isHeldOut(4500));
        assertEquals(true, NerCorpus.isHeldOut(4501));
        assertEquals(true, NerCorpus.isHeldOut(5000));
        assertEquals(false, NerCorpus.isHeldOut(5001));
        assertEquals(true, NerCorpus.isHeldOut(9501));
    }
}
