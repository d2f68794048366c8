package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import opennlp.tools.util.Span;

import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.Token;
import org.parley.nlp.ner.CommonWords;

/**
 * Parley's recogniser: the gazetteer and rules of {@link ProperNameFinder} together with a statistical name
 * finder (Parley's own OpenNLP model). Per sentence: gazetteer names and confident rule names first (they
 * know states, alliances, capitals used as actors, titles, organisation heads); then the model's names that
 * do not overlap them (people and organisations the gazetteer cannot know); then the remaining, weaker rule
 * names other than people (the model judges people better than the rules' guess). A model name that strictly
 * contains gazetteer names ("Paris Hilton", "University of Alberta", "FC Basel") replaces them, unless a
 * conjunction or possessive joins its parts, it starts with a direction adjective ("Southern Ukraine") or it
 * has no proper noun outside the known names ("U.S. Involvement"). The model's names in headings and names of events ("the Normandy Format") are not taken.
 * A word the rules take as the surname of a name given in full elsewhere ("Bobick" after "Duane Bobick") is only
 * sure when the model does not read that full name, everywhere in the article, as something other than a person
 * ("the Bruins" after "Boston Bruins", a team). A model organisation name may open with a demonym the gazetteer
 * knows ("American Civil Liberties Union"). A one-word model name that is an ordinary word ({@link CommonWords}:
 * "Love", "Campaign") is not taken unless the word is part of a longer model name in the article.
 *
 * <pre>{@code
 * MentionFinder f = new HybridNameFinder(new ProperNameFinder(gazetteer), new ParleyNameFinder(model));
 * }</pre>
 *
 * Not thread-safe when the statistical finder is not (OpenNLP's is not): one instance per worker.
 */
public final class HybridNameFinder implements MentionFinder {
    static final String MODEL = "ner-model";
    /** Rule mentions at least this sure are preferred to the model's. */
    static final double CONFIDENT = 0.7;
    /** The model's names, when taken, get this confidence. */
    static final double MODEL_CONFIDENCE = 0.75;
    private static final java.util.Set<String> DIRECTION_ADJECTIVES = java.util.Set.of("Eastern", "Western",
            "Northern", "Southern", "Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "&", "or", "'s", "\u2019s", "'", "\u2019");

    private final ProperNameFinder rules;
    private final Function<List<String[]>, List<Span[]>> model;
    private final boolean longerModelNames;

    /**
     * @param rules the gazetteer and rule finder
     * @param model finds typed token spans in the tokenised sentences of a document (one array per
     *              sentence); types {@code person}, {@code location}, {@code organization}
     */
    public HybridNameFinder(ProperNameFinder rules, Function<List<String[]>, List<Span[]>> model) {
        this(rules, model, true);
    }

    /**
     * @param longerModelNames whether a model name that strictly contains gazetteer names replaces them (for
     *                         measuring; on by default)
     */
    HybridNameFinder(ProperNameFinder rules, Function<List<String[]>, List<Span[]>> model, boolean longerModelNames) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.model = Objects.requireNonNull(model, "model");
        this.longerModelNames = longerModelNames;
    }

    @Override
    public List<Mention> find(AnnotatedArticle article) {
        String text = article.article().text();
        List<Mention> ruleMentions = rules.find(article);
        List<Mention> out = new ArrayList<>(ruleMentions.size() + 16);
        List<String[]> allWords = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) allWords.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
        List<Span[]> modelSpans = model.apply(allWords);
        java.util.Set<String> notPeople = namesTypedOnlyOtherThanPerson(article, modelSpans);
        java.util.Set<String> inLongerNames = wordsOfLongerNames(allWords, modelSpans);
        int r = 0;
        for (Sentence s : article.sentences()) {
            List<Mention> strong = new ArrayList<>(), weak = new ArrayList<>();
            while (r < ruleMentions.size() && ruleMentions.get(r).sentence() == s.index()) {
                Mention m = ruleMentions.get(r++);
                // a surname of a "person" the model reads as an organisation or place ("Boston Bruins") is no surname
                boolean doubtful = m.extractor().equals(ProperNameFinder.SURNAME) && notPeople.contains(m.normalized());
                (m.knowledgeId() != null || m.confidence() >= CONFIDENT && !doubtful ? strong : weak).add(m);
            }
            List<Mention> accepted = new ArrayList<>(strong);
            if (!ProperNameFinder.isHeading(s.tokens())) {
                String[] words = allWords.get(s.index());
                for (Span sp : modelSpans.get(s.index())) {
                    EntityType type = typeOf(sp.getType());
                    if (type == null || ProperNameFinder.isEventHead(words[sp.getEnd() - 1])) continue;
                    // an ordinary word capitalised alone ("Love", "Campaign") is no name, unless it is part of a
                    // longer name in the article ("Player" of "Ben Player")
                    if (sp.length() == 1 && CommonWords.isCommon(words[sp.getStart()])
                            && !inLongerNames.contains(words[sp.getStart()])) continue;
                    // a title of office is not part of a name ("Deputy Foreign | Minister Mikhail Galuzin")
                    int from = sp.getStart() + rules.titleTokensAt(List.of(words), sp.getStart(), sp.getEnd());
                    if (from >= sp.getEnd() || allAdjectives(s, from, sp.getEnd())) continue;
                    TextSpan span = s.spanOf(from, sp.getEnd());
                    if (overlapsAny(span, accepted)) {
                        // a longer name around known ones ("Paris Hilton", "University of Alberta", "FC Basel"):
                        // the name the model reads as a whole wins over the places the gazetteer knows in it
                        if (!longerModelNames || !onlyKnownNamesInside(span, accepted, type == EntityType.ORGANIZATION)
                                || joinsNames(words, from, sp.getEnd()) || !nameAround(s, from, sp.getEnd(), accepted))
                            continue;
                        accepted.removeIf(m -> m.span().overlaps(span));
                    }
                    String covered = span.cover(text);
                    accepted.add(new Mention(s.index(), span, covered, type, covered, MODEL, MODEL_CONFIDENCE, null));
                }
            }
            // the rules' guess that a few capitalised words name a person is left to the model, which knows better
            for (Mention m : weak)
                if (!overlapsAny(m.span(), accepted) && m.type() != EntityType.PERSON) accepted.add(m);
            accepted.sort((a, b) -> a.span().compareTo(b.span()));
            out.addAll(accepted);
        }
        return out;
    }

    /** The texts of the model's names in a document that it types, everywhere, as something other than a person. */
    private static java.util.Set<String> namesTypedOnlyOtherThanPerson(AnnotatedArticle article, List<Span[]> modelSpans) {
        java.util.Set<String> other = new java.util.HashSet<>(), people = new java.util.HashSet<>();
        String text = article.article().text();
        for (Sentence s : article.sentences())
            for (Span sp : modelSpans.get(s.index())) {
                String name = s.spanOf(sp.getStart(), sp.getEnd()).cover(text);
                (EntityType.PERSON == typeOf(sp.getType()) ? people : other).add(name);
            }
        other.removeAll(people);
        return other;
    }

    /** The words of the model's names of two or more words in a document. */
    private static java.util.Set<String> wordsOfLongerNames(List<String[]> words, List<Span[]> modelSpans) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k < words.size(); k++)
            for (Span sp : modelSpans.get(k))
                if (sp.length() >= 2) out.addAll(List.of(words.get(k)).subList(sp.getStart(), sp.getEnd()));
        return out;
    }

    /** Adjectives alone ("European", "Western") are not names. */
    private static boolean allAdjectives(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) if (!s.tokens().get(i).pos().equals("ADJ")) return false;
        return true;
    }

    /**
     * Whether every mention overlapping {@code span} is a gazetteer name (not a demonym) that lies strictly
     * inside it.
     */
    private static boolean onlyKnownNamesInside(TextSpan span, List<Mention> ms, boolean organization) {
        for (Mention m : ms) {
            if (!m.span().overlaps(span)) continue;
            boolean inside = m.span().begin() >= span.begin() && m.span().end() <= span.end()
                    && m.span().length() < span.length();
            // a demonym opens the name of an organisation ("American Civil Liberties Union"), not of a person or place
            boolean demonym = m.extractor().endsWith(":demonym") && !(organization && m.span().begin() == span.begin());
            if (!inside || m.knowledgeId() == null || demonym
                    || m.extractor().endsWith(":metonymy")) return false;
        }
        return true;
    }

    /**
     * Whether the words of {@code [from, to)} outside the known names in it make a name: the span starts with a
     * capital that is not a direction adjective ("eastern Baghdad", "Southern Afghanistan" describe part of a
     * place), and some word outside the known names is tagged a proper noun ("U.S. Involvement" is not a name).
     */
    private static boolean nameAround(Sentence s, int from, int to, List<Mention> known) {
        String first = s.tokens().get(from).text();
        if (!Character.isUpperCase(first.codePointAt(0)) && !Character.isDigit(first.codePointAt(0))) return false;
        if (DIRECTION_ADJECTIVES.contains(first)) return false;
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            boolean inKnown = false;
            for (Mention m : known) if (m.span().begin() <= t.span().begin() && t.span().end() <= m.span().end()) inKnown = true;
            if (!inKnown && t.pos().equals("PROPN")) return true;
        }
        return false;
    }

    /** Whether a conjunction or a possessive inside {@code [from, to)} joins two names ("Belarus and Kazakhstan"). */
    private static boolean joinsNames(String[] words, int from, int to) {
        for (int i = from; i < to; i++)
            if (JOINERS.contains(words[i]) || words[i].endsWith("'s") || words[i].endsWith("\u2019s")) return true;
        return false;
    }

    private static boolean overlapsAny(TextSpan span, List<Mention> ms) {
        for (Mention m : ms) if (m.span().overlaps(span)) return true;
        return false;
    }

    static EntityType typeOf(String modelType) {
        if (modelType == null) return null;
        return switch (modelType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "location", "loc" -> EntityType.PLACE;
            case "organization", "org" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }
}
