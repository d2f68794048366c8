package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.Token;

/**
 * Splits an article's body into sentences and tokens, and tags each token with its part of speech (Penn
 * universal POS tags such as {@code PROPN}, {@code NOUN}, {@code VERB}) and lemma, keeping the character offsets of everything into the article text.
 *
 * <pre>{@code
 * TextAnnotator annotator = new TextAnnotator(OpenNlpModels.loadDefault(), NlpOptions.defaults());
 * AnnotatedArticle a = annotator.annotate(article);
 * }</pre>
 *
 * <p>Typographic quotes, apostrophes and dashes are mapped to their ASCII forms (one character for one, so
 * offsets stay exact) before the models see the text, so that "progress—most" is two words and
 * "Ukraine’s" splits like "Ukraine's". Not thread-safe: give each worker its own instance (the models
 * it is built from are shared).
 */
public final class TextAnnotator {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final WordLemmatizer lemmatizer;
    private final LanguageDetectorME languageDetector;
    private final NlpOptions options;

    public TextAnnotator(OpenNlpModels models, NlpOptions options) {
        Objects.requireNonNull(models, "models");
        this.options = Objects.requireNonNull(options, "options");
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
        this.lemmatizer = new WordLemmatizer(models.lemmas());
        this.languageDetector = new LanguageDetectorME(models.languages());
    }

    /** Characters of the body read first to detect its language. */
    static final int FIRST_SAMPLE_CHARS = 700;
    /** The detector's probability for its best language at which the first sample's answer is taken. */
    static final double FIRST_SAMPLE_CONFIDENCE = 0.9;

    /**
     * The most likely ISO 639-3 language code of a text ({@code "eng"} for English). The detector reads the first
     * {@value #FIRST_SAMPLE_CHARS} characters of the body, and when it gives no language a probability of at least
     * {@value #FIRST_SAMPLE_CONFIDENCE} there, the first {@link NlpOptions#languageSampleChars()} (its cost grows with
     * the text it reads; on 1,200 English news articles the first sample decided 1,198).
     */
    public String detectLanguage(Article article) {
        return guessLanguage(article).language();
    }

    /** A detected language and how many characters of the body the detector read for it. */
    record LanguageGuess(String language, int charsRead) { }

    /** {@link #detectLanguage}, telling how much it read. */
    LanguageGuess guessLanguage(Article article) {
        Objects.requireNonNull(article, "article");
        String sample = sample(article, options.languageSampleChars());
        if (sample.isBlank()) return new LanguageGuess("und", 0);
        if (sample.length() > FIRST_SAMPLE_CHARS) {
            Language first = languageDetector.predictLanguage(sample.substring(0, FIRST_SAMPLE_CHARS));
            if (first.getConfidence() >= FIRST_SAMPLE_CONFIDENCE) return new LanguageGuess(first.getLang(), FIRST_SAMPLE_CHARS);
        }
        return new LanguageGuess(languageDetector.predictLanguage(sample).getLang(), sample.length());
    }

    /** The first {@code max} characters of an article's body regions, each region ended by a newline. */
    private static String sample(Article article, int max) {
        StringBuilder sample = new StringBuilder();
        for (TextSpan region : article.body()) {
            if (sample.length() >= max) break;
            sample.append(article.text(), region.begin(), Math.min(region.end(), region.begin() + max - sample.length())).append('\n');
        }
        return sample.toString();
    }

    public AnnotatedArticle annotate(Article article) {
        return annotate(article, null);
    }

    /**
     * Annotates an article whose language is already known (detected by the caller, e.g. to decide whether to
     * read the article at all), so that it is not detected twice; {@code null} detects it here.
     */
    public AnnotatedArticle annotate(Article article, String language) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        String shadow = TypographyNormalizer.normalize(text);
        List<Sentence> sentences = new ArrayList<>();
        for (TextSpan region : article.body()) {
            for (TextSpan line : lines(shadow, region)) {
                List<TextSpan> detected = new ArrayList<>();
                for (Span s : sentenceDetector.sentPosDetect(shadow.substring(line.begin(), line.end()))) {
                    TextSpan sentence = trim(shadow, line.begin() + s.getStart(), line.begin() + s.getEnd());
                    if (sentence != null) detected.add(sentence);
                }
                for (TextSpan sentence : SentenceRepair.mergeAfterAbbreviations(shadow, detected))
                    for (TextSpan piece : bound(shadow, sentence)) annotateSentence(text, shadow, piece, sentences);
            }
        }
        return new AnnotatedArticle(article, language != null ? language : detectLanguage(article), sentences);
    }

    private void annotateSentence(String text, String shadow, TextSpan sentence, List<Sentence> out) {
        Span[] spans = SentenceRepair.splitPossessives(shadow, sentence.begin(),
                tokenizer.tokenizePos(shadow.substring(sentence.begin(), sentence.end())));
        int max = options.maxTokensPerSentence();
        for (int from = 0; from < spans.length; from += max) {
            int to = Math.min(spans.length, from + max);
            String[] words = new String[to - from];
            TextSpan[] offsets = new TextSpan[to - from];
            for (int i = from; i < to; i++) {
                offsets[i - from] = new TextSpan(sentence.begin() + spans[i].getStart(), sentence.begin() + spans[i].getEnd());
                words[i - from] = offsets[i - from].cover(shadow);
            }
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++)
                tokens.add(new Token(offsets[i].cover(text), offsets[i], tags[i], lemma(words[i], tags[i])));
            TextSpan span = new TextSpan(offsets[0].begin(), offsets[words.length - 1].end());
            out.add(new Sentence(out.size(), span, tokens));
        }
    }

    /**
     * The lemma of a word with its tag. Only open-class words go to the statistical lemmatizer, one word at
     * a time so that the answer does not depend on the neighbours and can be remembered; proper nouns are
     * their own lemma, closed-class words their lower-case form.
     */
    String lemma(String word, String tag) {
        switch (tag) {
            case "NOUN", "VERB", "ADJ", "ADV", "AUX" -> { }
            case "PROPN" -> {
                return word;
            }
            default -> {
                return word.toLowerCase(java.util.Locale.ROOT);
            }
        }
        String key = tag + '\t' + word;
        String cached = lemmaCache.get(key);
        if (cached != null) return cached;
        String[] out = lemmatizer.lemmatize(word, tag);
        String lemma = out.length == 0 || out[0] == null || out[0].equals("O") ? word.toLowerCase(java.util.Locale.ROOT) : out[0];
        lemmaCache.put(key, lemma);
        return lemma;
    }

    /** Remembered lemmas (this instance only; bounded, least recently used entries go first). */
    private final java.util.Map<String, String> lemmaCache = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
            return size() > 50_000;
        }
    };

    /**
     * Tags sentences that are already tokenised (an evaluation corpus, say) as one article: the tokens of a
     * sentence are joined by single spaces, the sentences by newlines, then tagged and lemmatised as
     * {@link #annotate} would.
     */
    public AnnotatedArticle annotateTokens(List<String[]> sentenceWords) {
        Objects.requireNonNull(sentenceWords, "sentenceWords");
        StringBuilder text = new StringBuilder();
        List<TextSpan[]> offsets = new ArrayList<>(sentenceWords.size());
        for (String[] words : sentenceWords) {
            if (text.length() > 0) text.append('\n');
            TextSpan[] o = new TextSpan[words.length];
            for (int i = 0; i < words.length; i++) {
                if (i > 0) text.append(' ');
                o[i] = new TextSpan(text.length(), text.length() + words[i].length());
                text.append(words[i]);
            }
            offsets.add(o);
        }
        String t = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < sentenceWords.size(); k++) {
            String[] words = sentenceWords.get(k);
            TextSpan[] o = offsets.get(k);
            List<Token> tokens = new ArrayList<>(words.length);
            if (words.length > 0) {
                String[] shadow = new String[words.length];
                for (int i = 0; i < words.length; i++) shadow[i] = TypographyNormalizer.normalize(words[i]);
                String[] tags = tagger.tag(shadow);
                for (int i = 0; i < words.length; i++) tokens.add(new Token(words[i], o[i], tags[i], lemma(shadow[i], tags[i])));
            }
            TextSpan span = words.length == 0 ? new TextSpan(0, 0) : new TextSpan(o[0].begin(), o[words.length - 1].end());
            sentences.add(new Sentence(k, span, tokens));
        }
        return new AnnotatedArticle(Article.of("tokens", "tokens", t), "eng", sentences);
    }

    /** The non-blank lines of a region, each trimmed. */
    private static List<TextSpan> lines(String text, TextSpan region) {
        List<TextSpan> out = new ArrayList<>();
        int start = region.begin();
        for (int i = region.begin(); i <= region.end(); i++) {
            if (i == region.end() || text.charAt(i) == '\n') {
                TextSpan t = trim(text, start, i);
                if (t != null) out.add(t);
                start = i + 1;
            }
        }
        return out;
    }

    private static TextSpan trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
        return begin < end ? new TextSpan(begin, end) : null;
    }

    /** Cuts an over-long sentence into pieces of bounded length, at whitespace where there is some. */
    private List<TextSpan> bound(String text, TextSpan sentence) {
        int max = options.maxSentenceChars();
        if (sentence.length() <= max) return List.of(sentence);
        List<TextSpan> pieces = new ArrayList<>();
        int begin = sentence.begin();
        while (begin < sentence.end()) {
            int end = Math.min(sentence.end(), begin + max);
            if (end < sentence.end()) {
                int cut = end;
                while (cut > begin + max / 2 && !Character.isWhitespace(text.charAt(cut))) cut--;
                if (cut > begin + max / 2) end = cut;
            }
            TextSpan piece = trim(text, begin, end);
            if (piece != null) pieces.add(piece);
            begin = end;
        }
        return pieces;
    }
}
