package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import opennlp.tools.util.Span;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.TextAnnotator;

/**
 * Runs a {@link MentionFinder} on an already tokenised document and answers in token spans typed
 * {@code person}, {@code location} or {@code organization}, the way a CoNLL evaluation scores them: states
 * and places are locations, alliances organisations; demonyms ("German") are not names of places there.
 * Not thread-safe (the annotator inside is not).
 */
public final class TokenSpans implements Function<List<String[]>, List<Span[]>> {
    private final TextAnnotator annotator;
    private final MentionFinder finder;

    public TokenSpans(TextAnnotator annotator, MentionFinder finder) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** The names in a document's tokenised sentences: one span array per sentence. */
    @Override
    public List<Span[]> apply(List<String[]> sentenceWords) {
        AnnotatedArticle a = annotator.annotateTokens(sentenceWords);
        List<List<Span>> out = new ArrayList<>();
        for (int k = 0; k < sentenceWords.size(); k++) out.add(new ArrayList<>());
        for (Mention m : finder.find(a)) {
            if (m.extractor().endsWith(":demonym")) continue;
            Sentence s = a.sentences().get(m.sentence());
            int from = -1, to = -1;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().begin() == m.span().begin()) from = i;
                if (tokens.get(i).span().end() == m.span().end()) to = i + 1;
            }
            if (from < 0 || to <= from) continue;
            String type = switch (m.type()) {
                case PERSON -> "person";
                case STATE, PLACE -> "location";
                case ALLIANCE, ORGANIZATION -> "organization";
            };
            out.get(m.sentence()).add(new Span(from, to, type));
        }
        List<Span[]> result = new ArrayList<>(out.size());
        for (List<Span> l : out) result.add(l.toArray(new Span[0]));
        return result;
    }
}
