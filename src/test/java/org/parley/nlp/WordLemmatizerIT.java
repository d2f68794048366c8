package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.ner.ConllReader;
import org.parley.nlp.ner.NerCorpus;
import org.parley.nlp.ner.NerSentence;

/**
 * The one-word lemmatizer gives {@code LemmatizerME}'s lemma for every open-class word, tagged as the pipeline tags
 * it, of the sample articles, the wikigold sentences and 1,000 held-out VOA sentences.
 */
class WordLemmatizerIT {
    private static final Set<String> OPEN = Set.of("NOUN", "VERB", "ADJ", "ADV", "AUX");

    @Test
    void sameLemmasAsLemmatizerMe() throws Exception {
        OpenNlpModels models = OpenNlpModels.loadDefault();
        TextAnnotator annotator = new TextAnnotator(models, NlpOptions.defaults());
        List<AnnotatedArticle> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.sorted().toList())
                texts.add(annotator.annotate(Article.of(f.toString(), f.toString(), Files.readString(f))));
        }
        List<String[]> sentences = new ArrayList<>();
        for (NerSentence s : ConllReader.read(Path.of("data/eval/wikigold/wikigold.conll.txt"))) sentences.add(s.tokenArray());
        for (NerSentence s : NerCorpus.load(Path.of("data/training")).heldOut().subList(0, 1000)) sentences.add(s.tokenArray());
        texts.add(annotator.annotateTokens(sentences));

        Set<List<String>> pairs = new LinkedHashSet<>();
        for (AnnotatedArticle a : texts) {
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (OPEN.contains(t.pos())) pairs.add(List.of(TypographyNormalizer.normalize(t.text()), t.pos()));
                }
            }
        }
        LemmatizerModel model = models.lemmas();
        WordLemmatizer fast = new WordLemmatizer(model);
        LemmatizerME reference = new LemmatizerME(model);
        assertTrue(fast.direct(), "the English model is a maxent classifier, scored without the beam search");
        int changed = 0;
        for (List<String> p : pairs) {
            String[] expected = reference.lemmatize(new String[] {p.get(0)}, new String[] {p.get(1)});
            String[] actual = fast.lemmatize(p.get(0), p.get(1));
            assertArrayEquals(expected, actual, p.toString());
            if (!expected[0].equals(p.get(0).toLowerCase(java.util.Locale.ROOT))) changed++;
        }
        assertTrue(pairs.size() > 5_000, "open-class words compared: " + pairs.size());
        assertTrue(changed > 1_000, "words whose lemma is not their lower-case form: " + changed);
    }
}
