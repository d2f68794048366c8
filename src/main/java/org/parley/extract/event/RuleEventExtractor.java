package org.parley.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.extract.EventExtractor;
import org.parley.knowledge.Gazetteer;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventQuantity;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Quantity;
import org.parley.model.QuantityRole;
import org.parley.model.ResolvedMention;
import org.parley.model.Role;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Finds events with a trigger lexicon (a resource file of words and phrases typed with an {@link EventType})
 * and fills their arguments with general patterns over tokens, lemmas, part-of-speech tags and the types of
 * the resolved mentions: the subject before a verb, "by X" after a passive, "between X and Y", "with X",
 * a demonym or possessive before a noun ("the Russian drone strike", "Russia's annexation"), a place after
 * "in"/"at", the nearest time expression of the sentence and numbers by the words around them ("killed",
 * "each side", "30-day"). Speech acts (demands, proposals, rejections, agreements) take the event they
 * talk about as content: that event gets the status of the speech act (demanded, proposed, agreed, ...)
 * and a {@code contentOf} link, so that reported speech is never stored as a fact.
 * Proper-noun phrases headed by Initiative, Communiqué, Agreement, Summit, Format, ... become named events.
 * A founding ("established", "founded", "set up", "the creation of") is kept only when what is founded is an
 * organisation or alliance the name finder knows ("the Weimar+ alliance, established in February 2025").
 *
 * <pre>{@code
 * EventExtractor events = new RuleEventExtractor(Gazetteer.loadDefault());
 * List<Event> found = events.extract(annotated, resolvedMentions, times, quantities);
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
    /** The name and version written into every event's evidence. */
    public static final String EXTRACTOR = "rule:event-trigger/1";
    /** The classpath resource of the default trigger lexicon. */
    public static final String LEXICON = "org/parley/extract/event/triggers.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(RuleEventExtractor.class);

    /** One lexicon entry. */
    public record Trigger(List<String> words, String pos, EventType type, EventStatus status, Set<String> flags,
                          Set<String> near) {
        public Trigger {
            words = List.copyOf(words);
            flags = Set.copyOf(flags);
            near = Set.copyOf(near);
            Objects.requireNonNull(pos, "pos");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            if (words.isEmpty()) throw new IllegalArgumentException("empty trigger");
        }

        boolean speech() {
            return flags.contains("speech");
        }
    }

    private final Gazetteer gazetteer;
    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();

    /** An extractor with the default trigger lexicon. */
    public RuleEventExtractor(Gazetteer gazetteer) {
        this(gazetteer, defaultLexicon());
    }

    public RuleEventExtractor(Gazetteer gazetteer, List<Trigger> lexicon) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(lexicon, "lexicon");
        for (Trigger t : lexicon) byFirstWord.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
        // longest phrases first, so that "call for" wins over "call"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    }

    /** Reads the lexicon shipped with Parley. */
    public static List<Trigger> defaultLexicon() {
        try (InputStream in = RuleEventExtractor.class.getClassLoader().getResourceAsStream(LEXICON)) {
            if (in == null) throw new IllegalStateException("missing resource " + LEXICON);
            return readLexicon(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEXICON, e);
        }
    }

    /** Parses a lexicon in the format of {@value #LEXICON}. */
    public static List<Trigger> readLexicon(InputStream in) throws IOException {
        List<Trigger> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 5) throw new IOException("line " + n + ": expected at least 5 columns: " + line);
            Set<String> flags = new LinkedHashSet<>();
            Set<String> near = new LinkedHashSet<>();
            if (!f[4].isBlank() && !f[4].equals("-")) {
                for (String flag : f[4].split(",")) {
                    if (flag.startsWith("near=")) near.addAll(Arrays.asList(flag.substring(5).split("\\|")));
                    else flags.add(flag.trim());
                }
            }
            out.add(new Trigger(Arrays.asList(f[0].trim().toLowerCase(Locale.ROOT).split("\\s+")), f[1].trim(),
                    EventType.valueOf(f[2].trim()), EventStatus.valueOf(f[3].trim()), flags, near));
        }
        return out;
    }

    // ------------------------------------------------------------------ word classes

    private static final Set<String> NAME_HEADS = Set.of("initiative", "communiqué", "communique", "agreement",
            "accord", "accords", "deal", "treaty", "format", "summit", "memorandum", "protocol", "pact", "convention",
            "conference");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    private static final Set<String> FUTURE_VERBS = Set.of("expect", "set", "schedule", "plan", "due", "going");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "must", "should",
            "willingness", "willing", "ready", "readiness", "prepared", "openness", "hope", "want", "aim", "seek",
            "try", "if", "whether", "urgency", "possibility", "potential", "prospect", "desire", "pledge", "attempt",
            "interest", "until", "reluctance", "unless", "can");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "without");
    private static final Set<String> PLANNED_ADJ = Set.of("future", "planned", "upcoming", "expected", "next");
    private static final Set<String> PROPOSED_ADJ = Set.of("proposed", "possible", "potential");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "these", "that", "those", "its", "their",
            "such");
    private static final Set<String> RESULT_VERBS = Set.of("produce", "yield", "result", "lead");
    private static final Set<String> SIDE_WORDS = Set.of("side", "party", "both", "mutual");
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "while", "although", "though",
            "because", "whereas", "after", "before", "when");
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "make", "conduct", "sign", "reach",
            "launch", "carry", "resume", "host", "attend", "stage", "spearhead", "begin", "start", "continue",
            "open", "join", "broker", "impose", "resum", "facilitate");
    private static final Set<EventType> CONTENT_TYPES = typeSet(EventType.NEGOTIATION, EventType.MEETING,
            EventType.PHONE_CALL, EventType.AGREEMENT, EventType.PRISONER_EXCHANGE, EventType.RELEASE,
            EventType.CEASEFIRE, EventType.ATTACK, EventType.SANCTION, EventType.ANNEXATION, EventType.WITHDRAWAL);

    private static Set<EventType> typeSet(EventType... types) {
        return Set.copyOf(Arrays.asList(types));
    }

    // ------------------------------------------------------------------ drafts

    /** A mutable event under construction. */
    private static final class Draft {
        final int sentence;
        final int from; // first trigger token
        final int to;   // after last trigger token
        final EventType type;
        EventStatus status;
        final Trigger trigger;
        final boolean verb;
        String name;
        final List<Participant> participants = new ArrayList<>();
        final List<EntityRef> places = new ArrayList<>();
        TimeExpression time;
        final List<EventQuantity> quantities = new ArrayList<>();
        Draft contentOf;
        Draft partOf;
        Draft mergedInto;
        boolean drop;
        boolean irrealis;
        boolean sideAgents;
        TextSpan evidence;
        String id;

        Draft(int sentence, int from, int to, Trigger trigger, EventType type, boolean verb) {
            this.sentence = sentence;
            this.from = from;
            this.to = to;
            this.trigger = trigger;
            this.type = type;
            this.status = trigger == null ? EventStatus.OCCURRED : trigger.status();
            this.verb = verb;
        }

        boolean has(EntityRef e) {
            return participants.stream().anyMatch(p -> p.entity().key().equals(e.key()));
        }

        Draft root() {
            return mergedInto == null ? this : mergedInto.root();
        }
    }

    /** One sentence with its tokens and, per token, the resolved mention that covers it. */
    private record Ctx(Sentence s, List<Token> t, ResolvedMention[] mention, String text, List<ResolvedMention> all) {
        String lemma(int i) {
            return i < 0 || i >= t.size() ? "" : t.get(i).lemma().toLowerCase(Locale.ROOT);
        }

        String word(int i) {
            return i < 0 || i >= t.size() ? "" : t.get(i).text().toLowerCase(Locale.ROOT);
        }

        String pos(int i) {
            return i < 0 || i >= t.size() ? "" : t.get(i).pos();
        }

        boolean is(int i, String w) {
            return word(i).equals(w) || lemma(i).equals(w);
        }

        /** The first token index of the mention at i. */
        int mentionStart(int i) {
            ResolvedMention m = mention[i];
            while (i > 0 && mention[i - 1] == m) i--;
            return i;
        }

        int mentionEnd(int i) {
            ResolvedMention m = mention[i];
            while (i + 1 < t.size() && mention[i + 1] == m) i++;
            return i + 1;
        }
    }

    // ------------------------------------------------------------------ extraction

    @Override
    public List<Event> extract(AnnotatedArticle article, List<ResolvedMention> mentions, List<TimeExpression> times,
                               List<Quantity> quantities) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(quantities, "quantities");
        String text = article.article().text();
        List<Draft> all = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.tokens().isEmpty() || isHeading(s)) continue;
            ResolvedMention[] at = new ResolvedMention[s.tokens().size()];
            for (ResolvedMention m : mentions) {
                if (m.mention().sentence() != s.index()) continue;
                for (int i = 0; i < at.length; i++)
                    if (m.mention().span().overlaps(s.tokens().get(i).span())) at[i] = m;
            }
            Ctx c = new Ctx(s, s.tokens(), at, text, mentions);
            List<Draft> found = sentence(c, all, times, quantities);
            all.addAll(found);
        }
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (Draft d : all) if (!d.drop && d.mergedInto == null) d.id = "e" + n++;
        for (Draft d : all) {
            if (d.id == null) continue;
            Draft content = d.contentOf == null ? null : d.contentOf.root();
            Draft part = d.partOf == null ? null : d.partOf.root();
            String contentId = content == null || content.id == null || content == d ? null : content.id;
            String partId = part == null || part.id == null || part == d ? null : part.id;
            Sentence s = article.sentences().get(indexOf(article, d.sentence));
            TextSpan trig = s.spanOf(d.from, d.to);
            out.add(new Event(d.id, d.type, d.status, d.name, trig, d.participants,
                    d.places.isEmpty() ? null : d.places.get(0), d.time, d.quantities, contentId, partId,
                    new Evidence(d.sentence, d.evidence == null ? trig : d.evidence, EXTRACTOR,
                            confidence(d)), d.places));
        }
        LOG.debug("{} events in {}", out.size(), article.article().sourceName());
        return out;
    }

    private static int indexOf(AnnotatedArticle a, int sentence) {
        for (int i = 0; i < a.sentences().size(); i++) if (a.sentences().get(i).index() == sentence) return i;
        throw new IllegalStateException("no sentence " + sentence);
    }

    private static double confidence(Draft d) {
        double c = d.name != null ? 0.8 : 0.7;
        if (d.participants.isEmpty()) c -= 0.1;
        return c;
    }

    /** Headlines and section titles: no sentence-final punctuation. */
    private static boolean isHeading(Sentence s) {
        String last = s.tokens().get(s.tokens().size() - 1).text();
        return !(last.endsWith(".") || last.endsWith("!") || last.endsWith("?") || last.endsWith("\"")
                || last.endsWith("”") || last.endsWith("'") || last.endsWith("’"));
    }

    private List<Draft> sentence(Ctx c, List<Draft> earlier, List<TimeExpression> times, List<Quantity> quantities) {
        List<Draft> ds = new ArrayList<>();
        boolean[] named = new boolean[c.t().size()];
        findNamed(c, ds, named);
        for (int i = 0; i < c.t().size(); i++) {
            if (named[i] || c.mention()[i] != null) continue;
            Trigger best = null;
            for (Trigger tr : byFirstWord.getOrDefault(c.lemma(i), List.of())) {
                if (matches(c, i, tr)) {
                    best = tr;
                    break;
                }
            }
            for (String key : List.of(c.word(i), stem(c.word(i)))) {
                if (best != null) break;
                for (Trigger tr : byFirstWord.getOrDefault(key, List.of()))
                    if (matches(c, i, tr)) {
                        best = tr;
                        break;
                    }
            }
            if (best == null) continue;
            int end = i + best.words().size();
            boolean verb = isVerbal(c, i, best);
            ds.add(new Draft(c.s().index(), i, end, best, best.type(), verb));
            i = end - 1;
        }
        ds.sort((a, b) -> a.from - b.from);
        for (Draft d : ds) {
            if (d.name != null) continue;
            status(c, d);
        }
        ds.removeIf(d -> d.drop);
        for (Draft d : ds) arguments(c, d, ds);
        contents(c, ds);
        for (Draft d : ds) {
            if (d.trigger != null && d.trigger.flags().contains("content-only") && d.contentOf == null) d.drop = true;
            if (d.trigger != null && d.trigger.flags().contains("content-required") && !hasContent(d, ds))
                d.drop = true;
            if ((d.type == EventType.STATEMENT || d.type == EventType.FOUNDING) && d.participants.isEmpty()) d.drop = true;
            if (d.irrealis && d.contentOf == null) d.drop = true;
            // generic plurals with nothing attached: "civilians suffer from attacks", "initial demands"
            if (d.name == null && !d.verb && d.participants.isEmpty() && d.places.isEmpty() && d.contentOf == null
                    && !hasContent(d, ds) && plural(c, d) && (d.type == EventType.ATTACK || d.type == EventType.DEMAND
                    || d.type == EventType.SANCTION || d.type == EventType.MEETING)) d.drop = true;
        }
        for (Draft d : ds) {
            boolean speechAct = d.type == EventType.DEMAND || d.type == EventType.PROPOSAL
                    || d.type == EventType.REJECTION || d.type == EventType.THREAT || d.type == EventType.STATEMENT;
            if (speechAct && d.participants.isEmpty() && !hasContent(d, ds)) d.drop = true;
        }
        for (Draft d : ds) if (d.contentOf != null && d.contentOf.drop) d.drop = true;
        ds.removeIf(d -> d.drop);
        links(c, ds);
        assignTimes(c, ds, times);
        anaphora(c, ds, earlier);
        for (Draft d : ds) {
            // "in addition to peace talks", "to facilitate negotiations": talks in general, not a report of some
            if (d.type == EventType.NEGOTIATION && d.mergedInto == null && d.name == null && !d.verb
                    && d.participants.isEmpty() && d.places.isEmpty() && d.time == null && d.contentOf == null
                    && !definite(c, d.from) && ds.stream().noneMatch(o -> o.partOf == d)) d.drop = true;
        }
        ds.removeIf(d -> d.drop);
        for (Draft d : ds) {
            if (d.mergedInto != null) continue;
            quantities(c, d, quantities, ds);
            evidence(c, d);
        }
        return ds;
    }

    private static boolean plural(Ctx c, Draft d) {
        String w = c.word(d.to - 1);
        return w.endsWith("s") && !w.equals(c.lemma(d.to - 1));
    }

    private static boolean hasContent(Draft d, List<Draft> ds) {
        return ds.stream().anyMatch(o -> o.contentOf == d);
    }

    private static boolean matches(Ctx c, int i, Trigger tr) {
        for (int k = 0; k < tr.words().size(); k++) {
            int j = i + k;
            if (j >= c.t().size() || c.mention()[j] != null) return false;
            String w = tr.words().get(k);
            if (!(c.lemma(j).equals(w) || c.word(j).equals(w) || stem(c.word(j)).equals(w))) return false;
        }
        String pos = c.pos(i);
        boolean verbal = pos.equals("VERB") || pos.equals("AUX");
        if (tr.pos().equals("noun") && verbal && !c.lemma(i).equals(c.word(i))) return false;
        if (tr.pos().equals("verb") && (pos.equals("PROPN") || nounContext(c, i))) return false;
        if (tr.pos().equals("verb") && pos.equals("ADJ")) {
            int p = i - 1;
            while (p >= 0 && c.pos(p).equals("ADV")) p--;
            if (!(c.pos(p).equals("AUX") || c.pos(p).equals("PRON") || c.pos(p).equals("PROPN") || c.mention()[Math.max(p, 0)] != null))
                return false;
        }
        if (tr.pos().equals("noun") && tr.words().size() == 1 && pos.equals("NOUN") == false
                && !pos.equals("ADJ") && !pos.equals("ADP") && !pos.equals("PROPN") && !verbal) return false;
        if (tr.pos().equals("noun") && (c.is(i - 1, "to") && c.pos(i - 1).equals("PART"))) return false;
        if (!tr.near().isEmpty()) {
            boolean ok = false;
            for (int j = Math.max(0, i - 5); j < i && !ok; j++) ok = tr.near().contains(c.lemma(j)) || tr.near().contains(c.word(j));
            if (!ok) return false;
        }
        // "in exchange for", "call for" after "the" is a demand noun: handled by the longer entry
        if (c.is(i, "exchange") && c.is(i - 1, "in")) return false;
        if (c.is(i, "term") && c.is(i - 1, "in")) return false;
        return true;
    }

    /** A crude stem for words the lemmatizer gets wrong: "pressing", "resumed", "pressed". */
    private static String stem(String w) {
        if (w.endsWith("ing") && w.length() > 5) return w.substring(0, w.length() - 3);
        if (w.endsWith("ed") && w.length() > 4) return w.substring(0, w.length() - (w.endsWith("ied") ? 3 : w.endsWith("ed") && w.charAt(w.length() - 3) == 'e' ? 1 : 2));
        if (w.endsWith("es") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    /** Whether the token before i makes i a noun: a determiner, adjective, number or possessive. */
    private static boolean nounContext(Ctx c, int i) {
        String prev = c.word(i - 1);
        String pp = c.pos(i - 1);
        if (c.pos(i).equals("VERB"))
            return DETERMINERS.contains(prev) || prev.equals("a") || prev.equals("an") || prev.equals("'s")
                    || prev.equals("’s") || pp.equals("DET");
        return DETERMINERS.contains(prev) || prev.equals("a") || prev.equals("an") || prev.equals("'s")
                || prev.equals("’s") || pp.equals("ADJ") || pp.equals("DET") || pp.equals("NUM")
                || (pp.equals("NOUN") && c.pos(i).equals("NOUN"));
    }

    private static boolean isVerbal(Ctx c, int i, Trigger tr) {
        if (tr.pos().equals("verb")) return true;
        if (tr.pos().equals("noun")) return false;
        String pos = c.pos(i);
        return !(c.is(i - 1, "the") || c.is(i - 1, "a") || c.is(i - 1, "an") || c.pos(i - 1).equals("ADJ")
                || c.is(i - 1, "'s") || c.is(i - 1, "’s")) && !pos.equals("PROPN");
    }

    // ------------------------------------------------------------------ named events

    private void findNamed(Ctx c, List<Draft> ds, boolean[] named) {
        List<Token> t = c.t();
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).text();
            if (!NAME_HEADS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.charAt(0))) continue;
            int b = i;
            while (b - 1 >= 0 && capitalised(t.get(b - 1).text()) && !c.is(b - 1, "the") && !startOfSentenceWord(c, b - 1))
                b--;
            if (b == i) continue;
            int e = i + 1;
            // "Summit on Ukraine", "Treaty of Versailles"
            if (e + 1 < t.size() && (c.word(e).equals("on") || c.word(e).equals("of"))
                    && capitalised(t.get(e + 1).text())) {
                e += 2;
                while (e < t.size() && capitalised(t.get(e).text())) e++;
            }
            String head = w.toLowerCase(Locale.ROOT);
            EventType type = switch (head) {
                case "summit", "conference" -> EventType.MEETING;
                case "format" -> EventType.NEGOTIATION;
                default -> EventType.AGREEMENT;
            };
            Draft d = new Draft(c.s().index(), b, e, null, type, false);
            d.name = c.s().spanOf(b, e).cover(c.text());
            for (int k = b; k < e; k++) {
                named[k] = true;
                if (c.mention()[k] != null && c.mention()[k].entity().type() == EntityType.PLACE
                        && !d.places.contains(c.mention()[k].entity())) d.places.add(c.mention()[k].entity());
            }
            ds.add(d);
        }
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    /** A sentence-initial capital that is an ordinary word ("The", "In"). */
    private static boolean startOfSentenceWord(Ctx c, int i) {
        return i == 0 && !c.pos(i).equals("PROPN") && c.mention()[i] == null;
    }

    // ------------------------------------------------------------------ status

    private static void status(Ctx c, Draft d) {
        int cs = clauseStart(c, d.from);
        if (d.verb) {
            for (int j = Math.max(cs, d.from - 3); j < d.from; j++) {
                if (NEGATION.contains(c.word(j))) {
                    d.drop = true;
                    return;
                }
            }
        }
        // "willingness to agree", "could broker a deal", "prospects for talks": not reported as real
        for (int j = Math.max(cs, d.from - (d.verb ? 6 : 5)); j < d.from; j++) {
            if (HYPOTHETICAL.contains(c.lemma(j)) || HYPOTHETICAL.contains(c.word(j))) d.irrealis = true;
        }
        if (d.verb) {
            if (hasFutureBefore(c, d.from, Math.max(cs, d.from - 5))) d.status = EventStatus.SCHEDULED;
            return;
        }
        for (int j = Math.max(cs, d.from - 3); j < d.from; j++) {
            if (PLANNED_ADJ.contains(c.word(j))) d.status = EventStatus.SCHEDULED;
            if (PROPOSED_ADJ.contains(c.word(j))) d.status = EventStatus.PROPOSED;
            if (c.word(j).equals("no")) d.drop = true;
        }
        if (c.is(d.to, "planned") || c.is(d.to, "scheduled")) d.status = EventStatus.SCHEDULED;
        if (d.status == EventStatus.OCCURRED && hasFutureBefore(c, d.from, cs)) d.status = EventStatus.SCHEDULED;
    }

    private static boolean hasFutureBefore(Ctx c, int i, int cs) {
        for (int j = cs; j < i; j++) {
            if (FUTURE.contains(c.word(j))) return true;
            if (FUTURE_VERBS.contains(c.lemma(j)) && c.is(j + 1, "to") && !c.pos(j).equals("NOUN")) return true;
            if (c.word(j).equals("plans") && c.is(j + 1, "to")) return true;
        }
        return false;
    }

    /** Where the clause that contains token i begins. */
    private static int clauseStart(Ctx c, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = c.word(j);
            if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("--")) return j + 1;
            if (CLAUSE_WORDS.contains(w) && !c.pos(j).equals("DET") && !c.pos(j).equals("ADP")) return j;
            if ((w.equals("but") || w.equals("yet")) && j > 0 && c.word(j - 1).equals(",")) return j + 1;
        }
        return 0;
    }

    // ------------------------------------------------------------------ arguments

    private static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "official", "minister",
            "delegation", "delegate", "representative", "envoy", "diplomat", "negotiator", "government", "head");
    private static final Set<String> SUPPORT_VERBS = Set.of("support", "back", "endorse");
    private static final Set<String> MEDIATE_VERBS = Set.of("mediate", "broker", "facilitate");

    private void arguments(Ctx c, Draft d, List<Draft> ds) {
        if (d.type == EventType.FOUNDING) {
            EntityRef org = founded(c, d);
            if (org != null) add(c, d, Role.PARTICIPANT, org);
            places(c, d);
            return;
        }
        Role agentRole = agentRole(d.type);
        boolean speech = d.trigger != null && d.trigger.speech() && d.type != EventType.AGREEMENT;
        List<Token> t = c.t();
        // "by X" right after a passive verb or a noun: the agent ("was demanded by Ukraine");
        // "supported by X", "mediated by X", "hosted by X" after the trigger: supporters, mediators, hosts
        boolean byAgent = false;
        for (int j = d.to; j < Math.min(t.size(), d.to + 4); j++) {
            if (!c.word(j).equals("by")) continue;
            String v = c.lemma(j - 1);
            Role r = agentRole;
            if (j > d.to) {
                if (c.word(j - 1).equals("host") || v.equals("host")) r = Role.HOST;
                else if (MEDIATE_VERBS.contains(v)) r = d.type == EventType.AGREEMENT ? Role.SUPPORTER : Role.MEDIATOR;
                else if (SUPPORT_VERBS.contains(v)) r = Role.SUPPORTER;
                else if (j > d.to + 1 || !(c.pos(j - 1).equals("ADV"))) break;
            }
            if (r == agentRole) byAgent = true;
            for (EntityRef e : coordinated(c, j + 1, true)) add(c, d, r, capitalToState(c, e));
            break;
        }
        // "X and Y agreed", "Russia demanded": the subject of a verb
        if (d.verb && !byAgent) {
            for (EntityRef e : subject(c, d.from, d)) add(c, d, agentRole, e);
        }
        // light verbs right before the noun: "Zelensky held a call", "the city hosted negotiations"
        if (!d.verb && d.participants.isEmpty()) {
            int j = npStart(c, d.from) - 1;
            while (j >= 0 && (DETERMINERS.contains(c.word(j)) || c.word(j).equals("a") || c.word(j).equals("an"))) j--;
            if (j >= 0 && LIGHT_VERBS.contains(c.lemma(j)) && !c.pos(j).equals("NOUN") && !c.is(j - 1, "to")) {
                boolean negated = false;
                for (int k = Math.max(0, j - 3); k < j; k++) if (NEGATION.contains(c.word(k))) negated = true;
                if (!negated) {
                    boolean host = c.lemma(j).equals("host") || c.lemma(j).equals("facilitate");
                    for (EntityRef e : subject(c, j, d)) add(c, d, host ? (c.lemma(j).equals("host") ? Role.HOST
                            : Role.MEDIATOR) : agentRole, e);
                    if (host) {
                        EntityRef p = subjectPlace(c, j);
                        if (p != null && !d.places.contains(p)) d.places.add(p);
                    }
                }
            }
        }
        // demonyms and possessives before a noun: "the Russian drone strike", "Russia's annexation"
        if (!d.verb) {
            for (int j = npStart(c, d.from); j < d.from; j++) {
                ResolvedMention m = c.mention()[j];
                if (m != null) {
                    if (isAgent(m)) add(c, d, agentRole, capitalToState(c, m.entity()));
                    j = c.mentionEnd(j) - 1;
                }
            }
        }
        // "between X and Y", "with X", "of X", "on X", "from X"
        for (int j = d.to; j < Math.min(t.size(), d.to + 7); j++) {
            String w = c.word(j);
            if (w.equals(",") || w.equals(";") || (c.pos(j).equals("VERB") && (!d.verb || j > d.to))) break;
            if (!speech && (w.equals("between") || w.equals("with") || w.equals("among"))) {
                Role r = d.type == EventType.NEGOTIATION ? Role.NEGOTIATING_PARTY : Role.PARTICIPANT;
                if (w.equals("with") && d.verb) r = objectRole(d.type);
                for (EntityRef e : coordinated(c, j + 1, true)) add(c, d, r, e);
                break;
            }
            if (speech && !d.verb && w.equals("from") && j == d.to) {
                // "an invitation from Ukrainian President Zelenskyy", "statements from both sides"
                for (EntityRef e : coordinated(c, j + 1, true)) add(c, d, agentRole, e);
                break;
            }
            if ((w.equals("on") || w.equals("against") || w.equals("of")) && (d.type == EventType.ATTACK
                    || d.type == EventType.SANCTION || d.type == EventType.ANNEXATION)) {
                for (EntityRef e : coordinated(c, j + 1, false)) {
                    add(c, d, objectRole(d.type), e);
                    if ((d.type == EventType.ANNEXATION || d.type == EventType.ATTACK) && e.type() == EntityType.PLACE
                            && !d.places.contains(e)) d.places.add(e);
                }
                break;
            }
            if (w.equals("of") && j == d.to && d.type == EventType.WITHDRAWAL) {
                // "withdrawal of Ukrainian troops"
                for (EntityRef e : coordinated(c, j + 1, true)) add(c, d, Role.PARTICIPANT, e);
                break;
            }
        }
        // direct objects of verbs: "met Putin", "attacked Kharkiv", "called on Russia to", "annexed Crimea"
        if (d.verb && (d.type == EventType.MEETING || d.type == EventType.ATTACK || d.type == EventType.SANCTION
                || d.type == EventType.ANNEXATION || d.type == EventType.DEMAND || d.type == EventType.RELEASE
                || d.type == EventType.PHONE_CALL || d.type == EventType.STATEMENT)) {
            int j = d.to;
            if (c.is(j, "with")) j++;
            while (j < t.size() && (c.pos(j).equals("DET") || c.pos(j).equals("ADJ")
                    || (c.pos(j).equals("PROPN") && c.mention()[j] == null))) j++;
            boolean takesObject = d.type != EventType.DEMAND && d.type != EventType.STATEMENT
                    || d.trigger.words().size() > 1 || c.lemma(d.from).equals("urge") || c.lemma(d.from).equals("tell");
            if (j < t.size() && c.mention()[j] != null && takesObject) {
                for (EntityRef e : coordinated(c, j, d.type == EventType.MEETING)) {
                    Role r = objectRole(d.type);
                    if (e.type() == EntityType.PLACE && d.type == EventType.MEETING) {
                        // "visited Kyiv": where
                        if (!d.places.contains(e)) d.places.add(e);
                        continue;
                    }
                    add(c, d, r, e);
                    if (d.type == EventType.ANNEXATION && e.type() == EntityType.PLACE && !d.places.contains(e))
                        d.places.add(e);
                }
            }
        }
        // "the two sides agreed", "both parties", "a mutual commitment": the parties of the talks
        int cs = clauseStart(c, d.from);
        for (int j = Math.max(cs, d.from - 4); j < d.from; j++) if (sideWord(c, j)) d.sideAgents = true;
        places(c, d);
    }

    /** Common nouns that may follow an organisation's name: "the Weimar+ alliance", "the Hamas movement". */
    private static final Set<String> ORG_NOUNS = Set.of("alliance", "bloc", "group", "coalition", "organization",
            "organisation", "union", "party", "council", "commission", "movement", "front", "agency", "body",
            "committee", "court", "fund", "bank", "forum", "network", "league", "association", "partnership",
            "tribunal", "force", "militia", "pact");
    private static final Set<String> PASSIVE_GAP = Set.of("was", "were", "been", "be", "is", "are", "being", "has",
            "have", "had", "newly", "recently", "only", "first", "originally", "jointly", ",");

    /**
     * What a founding event founds, when it is an organisation or alliance: the noun phrase before a passive or
     * participle ("the Weimar+ alliance, established in February 2025", "NATO was founded in 1949"), the object of
     * an active verb ("they formed the Patriotic Union"), or "of X" after a noun ("the creation of the court").
     * Null when nothing organisation-like is founded ("created a crisis", "launched an attack").
     */
    private static EntityRef founded(Ctx c, Draft d) {
        boolean participle = !c.word(d.from).equals(c.lemma(d.from)) || c.word(d.from).equals("set");
        if (d.verb && participle) {
            int j = d.from - 1;
            while (j >= 0 && c.mention()[j] == null && (PASSIVE_GAP.contains(c.word(j)) || c.pos(j).equals("ADV"))) j--;
            while (j >= 0 && c.mention()[j] == null && ORG_NOUNS.contains(c.lemma(j))) j--;
            if (j >= 0 && c.mention()[j] != null && organisation(c.mention()[j])) return c.mention()[j].entity();
        }
        int k = d.to;
        if (!d.verb) {
            if (!c.is(k, "of")) return null;
            k++;
        } else if (!participle) {
            return null;
        }
        while (k < c.t().size() && c.mention()[k] == null && (c.pos(k).equals("DET") || c.pos(k).equals("ADJ")
                || c.word(k).equals("new"))) k++;
        if (k < c.t().size() && c.mention()[k] != null && organisation(c.mention()[k])) return c.mention()[k].entity();
        return null;
    }

    private static boolean organisation(ResolvedMention m) {
        return m.entity().type() == EntityType.ALLIANCE || m.entity().type() == EntityType.ORGANIZATION;
    }

    /** "both sides", "the two parties", "mutual": the parties to talks, not named. */
    private static boolean sideWord(Ctx c, int j) {
        String w = c.word(j);
        if (w.equals("both") || w.equals("mutual")) return true;
        return (w.equals("sides") || w.equals("parties")) && (c.is(j - 1, "two") || c.is(j - 1, "both") || c.is(j - 1, "the"));
    }

    /** The first token of the noun phrase that ends with the noun at i: "the May 17, 2025, peace talks". */
    private static int npStart(Ctx c, int i) {
        int j = i - 1;
        while (j >= 0 && i - j <= 10) {
            String pos = c.pos(j);
            String w = c.word(j);
            boolean np = pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("PROPN")
                    || w.equals("-") || w.equals("'s") || w.equals("’s") || w.equals(",") && c.pos(j - 1).equals("NUM")
                    || c.mention()[j] != null;
            if (!np || DETERMINERS.contains(w)) break;
            j--;
        }
        return j + 1;
    }

    /** Whether the noun at i is definite: "the talks", "these demands", "Russia's annexation". */
    private static boolean definite(Ctx c, int i) {
        int s = npStart(c, i);
        if (s > 0 && (DETERMINERS.contains(c.word(s - 1)))) return true;
        for (int j = s; j < i; j++) if (c.word(j).equals("'s") || c.word(j).equals("’s")) return true;
        return false;
    }

    /** A capital standing for its state ("Moscow insists"): the state, when the article names it too. */
    private EntityRef capitalToState(Ctx c, EntityRef e) {
        if (e.type() != EntityType.PLACE || e.knowledgeId() == null) return e;
        var place = gazetteer.byId(e.knowledgeId());
        if (place.isEmpty()) return e;
        var state = gazetteer.stateOf(place.get());
        if (state.isEmpty() || !gazetteer.capitalsOf(state.get()).contains(place.get())) return e;
        String id = state.get().id();
        for (ResolvedMention m : c.all()) if (id.equals(m.entity().knowledgeId())) return m.entity();
        return e;
    }

    private static Role agentRole(EventType type) {
        return switch (type) {
            case NEGOTIATION -> Role.NEGOTIATING_PARTY;
            case STATEMENT, DEMAND, REJECTION, THREAT -> Role.SPEAKER;
            case PROPOSAL -> Role.PROPOSER;
            case AGREEMENT -> Role.SIGNATORY;
            case RELEASE -> Role.RELEASING_PARTY;
            case ATTACK -> Role.ATTACKER;
            default -> Role.PARTICIPANT;
        };
    }

    private static Role objectRole(EventType type) {
        return switch (type) {
            case ATTACK, SANCTION, ANNEXATION -> Role.TARGET;
            case DEMAND, STATEMENT -> Role.ADDRESSEE;
            case NEGOTIATION -> Role.NEGOTIATING_PARTY;
            default -> Role.PARTICIPANT;
        };
    }

    private static boolean isAgent(ResolvedMention m) {
        EntityType t = m.entity().type();
        return t == EntityType.PERSON || t == EntityType.STATE || t == EntityType.ALLIANCE
                || t == EntityType.ORGANIZATION;
    }

    private void add(Ctx c, Draft d, Role role, EntityRef e) {
        if (e == null) return;
        TextSpan span = mentionSpan(c, e);
        e = capitalToState(c, e);
        if (d.has(e)) return;
        if (e.type() == EntityType.PLACE && role != Role.TARGET) return;
        // an agreement's supporters: "supported by", "backed by", "brokered by"
        if (role == Role.SIGNATORY && d.from > 0) {
            for (int j = d.to; j < Math.min(c.t().size(), d.to + 3); j++) {
                String l = c.lemma(j);
                if (l.equals("support") || l.equals("back") || l.equals("broker") || l.equals("facilitate"))
                    role = Role.SUPPORTER;
            }
        }
        if ((role == Role.NEGOTIATING_PARTY || role == Role.PARTICIPANT) && d.from > 0) {
            for (int j = d.to; j < Math.min(c.t().size(), d.to + 3); j++) {
                String l = c.lemma(j);
                if (l.equals("mediate") || l.equals("broker") || l.equals("facilitate")) role = Role.MEDIATOR;
                if (l.equals("host")) role = Role.HOST;
            }
        }
        d.participants.add(new Participant(role, e, new Evidence(d.sentence, span, EXTRACTOR, 0.7)));
    }

    private static TextSpan mentionSpan(Ctx c, EntityRef e) {
        for (ResolvedMention m : c.mention()) if (m != null && m.entity().equals(e)) return m.mention().span();
        return c.s().span();
    }

    /** The mentions of agents coordinated from token i on: "Turkey and the United Nations", "France, Germany". */
    private static List<EntityRef> coordinated(Ctx c, int i, boolean agentsOnly) {
        List<EntityRef> out = new ArrayList<>();
        int j = i;
        // "leaders from France, Germany", "officials of the EU"
        if (j + 1 < c.t().size() && c.pos(j).equals("NOUN") && (c.word(j + 1).equals("from") || c.word(j + 1).equals("of")))
            j += 2;
        while (j < c.t().size()) {
            while (j < c.t().size() && c.mention()[j] == null && (c.pos(j).equals("DET") || c.pos(j).equals("ADJ")
                    || c.pos(j).equals("PROPN") || c.word(j).equals("both"))) j++;
            if (j >= c.t().size() || c.mention()[j] == null) break;
            // a state before a title and a person: "U.S. President Trump" is Trump
            int k = c.mentionEnd(j);
            ResolvedMention m = c.mention()[j];
            ResolvedMention person = personAfterModifier(c, j);
            if (person != null) {
                m = person;
                k = c.mentionEnd(indexOf(c, person));
            }
            if (!agentsOnly || isAgent(m) || m.entity().type() == EntityType.PLACE) {
                if (!out.contains(m.entity())) out.add(m.entity());
            }
            // skip "'s" and nouns after a demonym ("Ukrainian officials")
            while (k < c.t().size() && (c.pos(k).equals("NOUN") || c.word(k).equals("region")
                    || c.word(k).equals("regions"))) k++;
            if (c.word(k).equals(",") && (c.word(k + 1).equals("and") || c.word(k + 1).equals("or"))) k += 2;
            else if (c.word(k).equals("and") || c.word(k).equals("or") || c.word(k).equals(",")) k++;
            else break;
            j = k;
        }
        return out;
    }

    private static int indexOf(Ctx c, ResolvedMention m) {
        for (int i = 0; i < c.mention().length; i++) if (c.mention()[i] == m) return i;
        return -1;
    }

    /** When token i starts a state or demonym that modifies a following titled person, that person. */
    private static ResolvedMention personAfterModifier(Ctx c, int i) {
        ResolvedMention m = c.mention()[i];
        if (m == null || m.entity().type() == EntityType.PERSON) return null;
        int j = c.mentionEnd(i);
        for (int k = j; k < Math.min(c.t().size(), j + 5); k++) {
            ResolvedMention n = c.mention()[k];
            if (n != null) return n.entity().type() == EntityType.PERSON ? n : null;
            String pos = c.pos(k);
            if (!(pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NOUN") || c.word(k).equals("of")
                    || c.word(k).equals("'s") || c.word(k).equals("’s")))
                return null;
        }
        return null;
    }

    /** The subject of the verb at v: the first agent mention of its clause, skipping parentheticals. */
    private List<EntityRef> subject(Ctx c, int v, Draft d) {
        int cs = clauseStart(c, v);
        for (int j = Math.max(cs, v - 3); j < v; j++) if (sideWord(c, j)) return List.of();
        boolean commaBetween = false;
        for (int j = cs; j < v; j++) if (c.word(j).equals(",")) commaBetween = true;
        if (c.is(cs, "which") || c.is(cs, "who")) {
            // "Turkey, which hosted the talks": the antecedent before the comma
            if (commaBetween) return List.of();
            int j = cs - 1;
            if (c.word(j).equals(",")) j--;
            if (j >= 0 && c.mention()[j] != null && isAgent(c.mention()[j]))
                return List.of(c.mention()[j].entity());
            return List.of();
        }
        if (c.is(cs, "that") || CLAUSE_WORDS.contains(c.word(cs))) cs++;
        // "Despite an invitation from X, Putin will not attend", "In Istanbul, Russia and Ukraine resumed"
        if (cs == 0 && (c.pos(0).equals("ADP") || c.pos(0).equals("SCONJ") || c.pos(0).equals("ADV"))) {
            for (int j = 1; j < v; j++) if (c.word(j).equals(",")) {
                cs = j + 1;
                break;
            }
        }
        for (int j = cs; j < v; j++) {
            if (c.word(j).equals(",") && j + 1 < v && (c.pos(j + 1).equals("VERB") || c.is(j + 1, "according")
                    || c.is(j + 1, "on") || c.is(j + 1, "who") || c.is(j + 1, "which") || c.is(j + 1, "including"))) {
                // skip the parenthetical up to the next comma
                int k = j + 1;
                while (k < v && !c.word(k).equals(",")) k++;
                j = k;
                continue;
            }
            ResolvedMention m = c.mention()[j];
            if (m == null) {
                if (c.pos(j).equals("VERB") && j < v) return List.of();
                continue;
            }
            int b = j - 1;
            while (b >= 0 && (c.pos(b).equals("ADJ") || c.pos(b).equals("NUM") || c.pos(b).equals("DET"))) b--;
            String before = c.word(b);
            if ((before.equals("of") || before.equals("from")) && b > 0 && GROUP_NOUNS.contains(c.lemma(b - 1))
                    && isAgent(m)) {
                // "the presidents of Venezuela, Bolivia, and Argentina met": the states, through their leaders
                List<EntityRef> out = coordinated(c, j, true);
                out.removeIf(e -> e.type() == EntityType.PLACE);
                return out;
            }
            if (Set.of("of", "from", "to", "in", "at", "with", "by", "for", "like", "on").contains(before)
                    || c.pos(b).equals("ADP")) {
                // a prepositional phrase: skip the whole noun phrase ("from Ukrainian President Zelenskyy")
                int k = c.mentionEnd(j);
                while (k < v && (c.mention()[k] != null || c.pos(k).equals("PROPN") || c.pos(k).equals("ADJ")
                        || ((c.word(k).equals("and") || c.word(k).equals(",")) && k + 1 < v && c.mention()[k + 1] != null))) k++;
                j = k - 1;
                continue;
            }
            if (!isAgent(m)) {
                // "Moscow insists": a capital right before the verb stands for its state
                int after = c.mentionEnd(j);
                while (after < v && (c.pos(after).equals("ADV") || c.pos(after).equals("AUX"))) after++;
                EntityRef st = capitalToState(c, m.entity());
                if (after == v && st.type() == EntityType.STATE) return List.of(st);
                j = c.mentionEnd(j) - 1;
                continue;
            }
            List<EntityRef> out = coordinated(c, j, true);
            out.removeIf(e -> e.type() == EntityType.PLACE);
            return out;
        }
        return List.of();
    }

    /** A place as the subject of "host": "the city hosted", "Istanbul hosted". */
    private static EntityRef subjectPlace(Ctx c, int v) {
        int cs = clauseStart(c, v);
        for (int j = cs; j < v; j++) {
            ResolvedMention m = c.mention()[j];
            if (m != null && m.entity().type() == EntityType.PLACE && !c.is(j - 1, "in")) return m.entity();
        }
        // "the city hosted": the last place the article named before
        if (v >= 2 && c.is(v - 2, "the") && Set.of("city", "capital", "town").contains(c.lemma(v - 1))) {
            ResolvedMention last = null;
            int at = c.t().get(v).span().begin();
            for (ResolvedMention m : c.all())
                if (m.entity().type() == EntityType.PLACE && m.mention().span().end() <= at
                        && (last == null || m.mention().span().begin() > last.mention().span().begin())) last = m;
            return last == null ? null : last.entity();
        }
        return null;
    }

    private static void places(Ctx c, Draft d) {
        if (d.type == EventType.STATEMENT || d.type == EventType.DEMAND || d.type == EventType.PROPOSAL
                || d.type == EventType.REJECTION || d.type == EventType.THREAT) return;
        List<Token> t = c.t();
        if (d.type == EventType.WITHDRAWAL) {
            // every place the troops are to leave: "from Donetsk, Luhansk, Kherson and Zaporizhzhia"
            int from = -1;
            for (int j = d.to; j < t.size(); j++) if (c.word(j).equals("from")) {
                from = j;
                break;
            }
            if (from >= 0) {
                for (int j = from + 1; j < t.size(); j++) {
                    ResolvedMention m = c.mention()[j];
                    String prev = c.word(j - 1);
                    boolean listed = prev.equals("from") || prev.equals(",") || prev.equals("and") || prev.equals(":")
                            || prev.equals("the");
                    if (m != null && m.entity().type() == EntityType.PLACE && listed && !d.places.contains(m.entity()))
                        d.places.add(m.entity());
                    if (m != null) j = c.mentionEnd(j) - 1;
                }
            }
            return;
        }
        if (!d.places.isEmpty()) return;
        Set<String> preps = d.type == EventType.PHONE_CALL ? Set.of("in", "at", "near", "from") : Set.of("in", "at", "near");
        // after the trigger, within the clause
        EntityRef state = null;
        for (int j = d.to; j < Math.min(t.size(), d.to + 10); j++) {
            if (c.word(j).equals(";") || (c.word(j).equals(",") && c.is(j + 1, "which"))) break;
            if (!preps.contains(c.word(j))) continue;
            EntityRef p = placeAfter(c, j + 1);
            if (p != null && p.type() == EntityType.PLACE) {
                d.places.add(p);
                return;
            }
            if (p != null && state == null) state = p;
        }
        // "Chavez is in Havana for talks": a place right before, in the same clause
        for (int j = Math.max(clauseStart(c, d.from), d.from - 6); j < d.from; j++) {
            if (!c.word(j).equals("in") && !c.word(j).equals("at")) continue;
            EntityRef p = placeAfter(c, j + 1);
            if (p != null && p.type() == EntityType.PLACE && c.is(c.mentionEnd(j + 1), "for")) {
                d.places.add(p);
                return;
            }
        }
        // "In Istanbul, Russia and Ukraine resumed ...": a sentence-initial place
        if (preps.contains(c.word(0))) {
            EntityRef p = placeAfter(c, 1);
            if (p != null && p.type() == EntityType.PLACE) {
                d.places.add(p);
                return;
            }
        }
        // "Istanbul was the location of the talks"
        for (int j = 0; j + 3 < d.from; j++) {
            ResolvedMention m = c.mention()[j];
            if (m != null && m.entity().type() == EntityType.PLACE && c.is(c.mentionEnd(j), "be")
                    && Set.of("location", "venue", "site", "scene").contains(c.lemma(c.mentionEnd(j) + 2))) {
                d.places.add(m.entity());
                return;
            }
        }
        if (state != null) d.places.add(state);
    }

    /** The most specific place named right after a preposition: "at Istanbul's Dolmabahçe Palace". */
    private static EntityRef placeAfter(Ctx c, int j) {
        while (j < c.t().size() && (c.pos(j).equals("DET") || c.pos(j).equals("ADJ") && c.mention()[j] == null)) j++;
        if (j >= c.t().size() || c.mention()[j] == null) return null;
        ResolvedMention m = c.mention()[j];
        EntityType type = m.entity().type();
        if (type != EntityType.PLACE && type != EntityType.STATE) return null;
        if (type == EntityType.STATE && !Character.isUpperCase(m.mention().text().charAt(0))) return null;
        int k = c.mentionEnd(j);
        if ((c.word(k).equals("'s") || c.word(k).equals("’s")) && k + 1 < c.t().size() && c.mention()[k + 1] != null
                && c.mention()[k + 1].entity().type() == EntityType.PLACE) return c.mention()[k + 1].entity();
        // a demonym ("in Russian ports") is not a place
        if (type == EntityType.STATE && c.pos(j).equals("ADJ")) return null;
        return m.entity();
    }

    // ------------------------------------------------------------------ content of speech acts

    private static void contents(Ctx c, List<Draft> ds) {
        for (Draft sp : ds) {
            if (sp.trigger == null || !sp.trigger.speech()) continue;
            EventStatus st = switch (sp.type) {
                case DEMAND -> EventStatus.DEMANDED;
                case PROPOSAL -> EventStatus.PROPOSED;
                case REJECTION -> EventStatus.REJECTED;
                case AGREEMENT -> EventStatus.AGREED;
                case THREAT -> EventStatus.PROPOSED;
                default -> null;
            };
            if (st == null) continue;
            boolean passive = c.is(sp.to, "by") && (c.is(sp.from - 1, "be") || c.pos(sp.from - 1).equals("AUX"));
            if (passive) {
                // "A 30-day ceasefire was demanded by Ukraine"
                for (Draft o : ds) if (o != sp && o.to <= sp.from && o.contentOf == null && CONTENT_TYPES.contains(o.type)
                        && !(o.trigger != null && o.trigger.speech() && o.type != EventType.AGREEMENT)) {
                    setContent(o, sp, st);
                }
                continue;
            }
            int start = sp.to;
            int limit = Math.min(c.t().size(), sp.to + 14);
            if (!sp.verb) {
                // "demand for a ceasefire", "agreement on a prisoner exchange", "Ukraine's demand, supported by
                // ..., for a 30-day ceasefire"
                int j = sp.to;
                if (c.word(j).equals(",") && c.pos(j + 1).equals("VERB")) {
                    for (int k = j + 2; k < Math.min(c.t().size(), j + 26); k++)
                        if (c.word(k).equals(",") && Set.of("for", "on", "to", "that").contains(c.word(k + 1))) {
                            j = k + 1;
                            break;
                        }
                }
                if (c.word(j).equals("from") || c.word(j).equals("by")) {
                    int k = j + 1;
                    while (k < c.t().size() && (c.mention()[k] != null || c.pos(k).equals("PROPN")
                            || c.pos(k).equals("ADJ") || c.pos(k).equals("DET"))) k++;
                    j = k;
                }
                boolean linked = Set.of("for", "on", "to", "that", "of").contains(c.word(j))
                        || Set.of("for", "on", "to", "of").contains(sp.trigger.words().get(sp.trigger.words().size() - 1))
                        || c.lemma(j).equals("include") || c.word(j).equals("—") && c.lemma(j + 1).equals("include");
                if (!linked) continue;
                start = j;
                limit = Math.min(c.t().size(), j + 7);
            }
            for (Draft o : ds) {
                if (o == sp || o.from < start || o.from >= limit || o.contentOf != null) continue;
                if (o.trigger != null && o.trigger.speech() && o.type != EventType.AGREEMENT) break;
                if (!CONTENT_TYPES.contains(o.type)) continue;
                boolean blocked = false;
                for (int j = start; j < o.from; j++) if (c.word(j).equals(";") || c.word(j).equals(".")) blocked = true;
                for (int j = start + 4; j < o.from - 1; j++)
                    if (c.word(j).equals("to") && c.pos(j + 1).equals("VERB")) blocked = true;
                // "agreed to at a summit": a place or occasion, not what was agreed
                int np = npStart(c, o.from) - 1;
                while (np >= 0 && (c.word(np).equals("a") || c.word(np).equals("an") || c.word(np).equals("the"))) np--;
                if (np >= 0 && Set.of("at", "in", "during").contains(c.word(np))) continue;
                if (blocked) break;
                // a named agreement is its own thing; a speech act about it ("facilitated the Initiative") is not content
                if (o.name != null) continue;
                if (sp.type == EventType.AGREEMENT && o.type == EventType.AGREEMENT) continue;
                setContent(o, sp, st);
                if (o.type == EventType.AGREEMENT) {
                    // "signed an agreement": the agreement itself is the event
                    o.status = sp.type == EventType.AGREEMENT ? EventStatus.OCCURRED : st;
                }
            }
        }
    }

    private static void setContent(Draft o, Draft sp, EventStatus st) {
        o.contentOf = sp;
        o.status = st;
        if (sp.type == EventType.DEMAND) {
            // "X called on Y to withdraw": Y is to act, not the speaker
            Set<String> speakers = new java.util.HashSet<>();
            for (Participant p : sp.participants) if (p.role() == Role.SPEAKER) speakers.add(p.entity().key());
            o.participants.removeIf(p -> speakers.contains(p.entity().key()));
            if (o.verb) for (Participant p : sp.participants) if (p.role() == Role.ADDRESSEE && !o.has(p.entity()))
                o.participants.add(new Participant(agentRole(o.type), p.entity(), p.evidence()));
        }
    }

    // ------------------------------------------------------------------ links between events

    private static void links(Ctx c, List<Draft> ds) {
        for (Draft d : ds) {
            // "during a session of the Normandy Format", "at the talks"
            for (int j = d.to; j < c.t().size(); j++) {
                if (c.word(j).equals(";") || c.word(j).equals(",") || CLAUSE_WORDS.contains(c.word(j))) break;
                if (c.word(j).equals("during") || (c.word(j).equals("at") && d.type != EventType.NEGOTIATION)) {
                    for (Draft o : ds) {
                        if (o == d || o.from <= j || o.from > j + 6) continue;
                        if (o.type == EventType.NEGOTIATION || o.type == EventType.MEETING) {
                            d.partOf = o;
                            break;
                        }
                    }
                }
            }
            // "negotiations that led to the Istanbul Communiqué", "talks resulted in an agreement"
            if (d.type == EventType.NEGOTIATION || d.type == EventType.MEETING) {
                for (int j = d.to; j < Math.min(c.t().size(), d.to + 6); j++) {
                    if (RESULT_VERBS.contains(c.lemma(j))) {
                        for (Draft o : ds) if (o != d && o.from > j && o.from <= j + 6 && o.partOf == null) {
                            o.partOf = d;
                            break;
                        }
                        break;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ one event, several mentions

    private static void anaphora(Ctx c, List<Draft> ds, List<Draft> earlier) {
        for (Draft d : ds) {
            if (d.name != null || d.verb || d.contentOf != null || d.drop) continue;
            if (d.type != EventType.NEGOTIATION && d.type != EventType.MEETING && d.type != EventType.AGREEMENT
                    && d.type != EventType.DEMAND && d.type != EventType.PRISONER_EXCHANGE
                    && d.type != EventType.PROPOSAL) continue;
            boolean definite = definite(c, d.from);
            boolean ownArgs = d.participants.stream().anyMatch(p -> p.role() != Role.HOST && p.role() != Role.SUPPORTER
                    && p.role() != Role.MEDIATOR);
            if (ownArgs) continue;
            if (hasContent(d, ds) && d.type != EventType.AGREEMENT) continue;
            int np = npStart(c, d.from);
            boolean indefinite = c.is(np - 1, "a") || c.is(np - 1, "an");
            // "the talks", "this agreement"; and bare "peace talks" in an article about talks
            boolean bareTalks = d.type == EventType.NEGOTIATION && !indefinite
                    && (d.status == EventStatus.OCCURRED || d.status == EventStatus.SCHEDULED);
            if (!definite && !bareTalks) continue;
            List<Draft> before = new ArrayList<>(earlier);
            for (Draft o : ds) if (o.from < d.from && o != d) before.add(o);
            Draft ante = antecedent(before, d);
            if (ante != null && !definite && ante.status != d.status) ante = null;
            if (ante == null) {
                String det = np > 0 ? c.word(np - 1) : "";
                if (Set.of("this", "that", "these", "those", "such").contains(det) && d.type != EventType.NEGOTIATION
                        && d.type != EventType.MEETING) d.drop = true;
                continue;
            }
            if (d.time != null && ante.time != null && !d.time.value().equals(ante.time.value())) continue;
            if (d.time != null && ante.time == null && ante.sentence != d.sentence) continue;
            // the same event again: its host, supporters and places join the first report
            d.mergedInto = ante;
            for (Participant p : d.participants) if (!ante.has(p.entity())) ante.participants.add(p);
            for (EntityRef p : d.places) if (!ante.places.contains(p)) ante.places.add(p);
            if (ante.time == null) ante.time = d.time;
            for (Draft o : ds) {
                if (o.partOf == d) o.partOf = ante;
                if (o.contentOf == d) {
                    Draft same = null;
                    for (Draft x : before) if (x.contentOf == ante && x.type == o.type) same = x;
                    if (same != null) {
                        o.mergedInto = same;
                        for (EventQuantity q : o.quantities) if (same.quantities.stream().noneMatch(y -> y.role() == q.role()))
                            same.quantities.add(q);
                    } else o.contentOf = ante;
                }
            }
        }
        // "the two sides agreed ...": the parties of the talks the article reports
        for (Draft d : ds) {
            if (!d.sideAgents || d.mergedInto != null) continue;
            Draft talks = mainTalks(earlier, ds);
            if (talks == null) continue;
            if (d.partOf == null && d.type != EventType.NEGOTIATION) d.partOf = talks;
            if (d.participants.isEmpty())
                for (Participant p : talks.participants) if (p.role() == Role.NEGOTIATING_PARTY)
                    d.participants.add(new Participant(agentRole(d.type), p.entity(), p.evidence()));
        }
        // an agreement the talks resulted in: the parties of the talks signed it
        for (Draft d : ds) {
            if (d.type != EventType.AGREEMENT || d.partOf == null || !d.participants.isEmpty()) continue;
            Draft talks = d.partOf.root();
            if (talks.type != EventType.NEGOTIATION) continue;
            for (Participant p : talks.participants) if (p.role() == Role.NEGOTIATING_PARTY)
                d.participants.add(new Participant(Role.SIGNATORY, p.entity(), p.evidence()));
        }
        // an agreement reached at the talks: its content shares its parties
        for (Draft d : ds) {
            if (d.contentOf == null || !d.participants.isEmpty()) continue;
            Draft sp = d.contentOf;
            if (sp.type != EventType.AGREEMENT) continue;
            for (Participant p : sp.participants) if (p.role() == Role.SIGNATORY)
                d.participants.add(new Participant(d.type == EventType.NEGOTIATION ? Role.NEGOTIATING_PARTY
                        : Role.PARTICIPANT, p.entity(), p.evidence()));
        }
        for (Draft d : ds) if (d.partOf != null) d.partOf = d.partOf.root();
    }

    private static Draft mainTalks(List<Draft> earlier, List<Draft> ds) {
        List<Draft> all = new ArrayList<>(earlier);
        all.addAll(ds);
        for (Draft e : all) if (e.type == EventType.NEGOTIATION && e.mergedInto == null && !e.drop
                && e.participants.stream().anyMatch(p -> p.role() == Role.NEGOTIATING_PARTY)) return e;
        return null;
    }

    private static Draft antecedent(List<Draft> before, Draft d) {
        if (d.type == EventType.AGREEMENT || d.type == EventType.DEMAND || d.type == EventType.PROPOSAL
                || d.type == EventType.PRISONER_EXCHANGE) {
            for (int i = before.size() - 1; i >= 0; i--) {
                Draft e = before.get(i);
                if (e.mergedInto == null && !e.drop && e.type == d.type) return e;
            }
            return null;
        }
        // talks and meetings: the main report, the first one with parties, else the first one
        Draft first = null;
        for (Draft e : before) {
            if (e.mergedInto != null || e.drop) continue;
            boolean ok = e.type == d.type || (d.type == EventType.MEETING && e.type == EventType.NEGOTIATION)
                    || (d.type == EventType.NEGOTIATION && e.type == EventType.MEETING && e.status == EventStatus.SCHEDULED);
            if (!ok || (e.name != null && d.type == EventType.NEGOTIATION)) continue;
            if (e.contentOf != null) continue;
            if (e.participants.stream().anyMatch(p -> p.role() == Role.NEGOTIATING_PARTY || p.role() == Role.PARTICIPANT))
                return e;
            if (first == null) first = e;
        }
        return first;
    }

    // ------------------------------------------------------------------ time, quantities, evidence

    /** Each time of the sentence goes to the nearest event, and to the events that event is part of or holds. */
    private static void assignTimes(Ctx c, List<Draft> ds, List<TimeExpression> times) {
        for (TimeExpression te : times) {
            if (te.sentence() != c.s().index()) continue;
            Draft best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Draft d : ds) {
                int dist = distance(c, d, te);
                if (dist < bestDist) {
                    bestDist = dist;
                    best = d;
                }
            }
            if (best == null) continue;
            for (Draft d : ds) {
                if (d != best && d.partOf != best && best.partOf != d) continue;
                if (d.time == null || distance(c, d, te) < distance(c, d, d.time)) d.time = te;
            }
        }
    }

    private static int distance(Ctx c, Draft d, TimeExpression te) {
        TextSpan trig = c.s().spanOf(d.from, d.to);
        if (te.span().overlaps(trig)) return 0;
        return te.span().end() <= trig.begin() ? trig.begin() - te.span().end() : te.span().begin() - trig.end();
    }

    private static void quantities(Ctx c, Draft d, List<Quantity> quantities, List<Draft> ds) {
        TextSpan trig = c.s().spanOf(d.from, d.to);
        for (Quantity q : quantities) {
            if (q.sentence() != c.s().index()) continue;
            if (closerEvent(c, d, q, ds)) continue;
            int qi = tokenAt(c, q.span().begin());
            int qe = tokenAt(c, q.span().end() - 1);
            if (qi < 0) continue;
            boolean after = q.span().begin() >= trig.end();
            int dist = after ? qi - d.to : d.from - qe - 1;
            if (q.span().overlaps(trig)) dist = 0;
            if (dist > 14) continue;
            QuantityRole role = null;
            String unit = q.unit();
            String before = c.lemma(qi - 1);
            for (int k = qi - 1; k >= Math.max(0, qi - 3); k--) {
                String l = c.lemma(k);
                if (Set.of("kill", "injure", "wound").contains(l)) {
                    before = l;
                    break;
                }
            }
            String after1 = c.lemma(qe + 1);
            if (before.equals("kill") || after1.equals("kill") || after1.equals("dead") || after1.equals("die")
                    || unit.equals("dead") || unit.equals("death") || (qe + 1 < c.t().size() && c.lemma(qe + 1).equals("be")
                    && c.lemma(qe + 2).equals("kill"))) role = QuantityRole.KILLED;
            else if (before.equals("injure") || before.equals("wound") || after1.equals("injure")
                    || after1.equals("wound") || unit.equals("injured") || unit.equals("wounded")) role = QuantityRole.INJURED;
            else if ((unit.equals("day") || unit.equals("days")) && d.type == EventType.CEASEFIRE && !after && dist <= 3)
                role = QuantityRole.DURATION_DAYS;
            else if ("week".equals(q.per()) || after1.equals("weekly")) role = QuantityRole.PERSONS_PER_WEEK;
            else if ((d.type == EventType.PRISONER_EXCHANGE || d.type == EventType.RELEASE) && PEOPLE.contains(unit)) {
                boolean each = "side".equals(q.per()) || "each".equals(q.per());
                for (int j = qe + 1; j < Math.min(c.t().size(), qe + 5); j++)
                    if (c.word(j).equals("each") || c.word(j).equals("per")) each = true;
                if (!each && qi >= 2 && (c.word(qi - 1).equals("for") || c.word(qi - 1).equals("by"))
                        && c.word(qi - 2).replace(",", "").equals(String.valueOf(q.value()))) each = true;
                if (!each && qe + 2 < c.t().size() && (c.word(qe + 1).equals("for") || c.word(qe + 1).equals("by")
                        || c.word(qe + 1).equals("-")) && c.lemma(qe + 2).replace("-", "").replace(",", "")
                        .equals(String.valueOf(q.value()))) each = true;
                if (d.type == EventType.PRISONER_EXCHANGE && each) role = QuantityRole.PERSONS_PER_SIDE;
                else role = QuantityRole.PERSONS;
            }
            if (role == null) continue;
            if (role == QuantityRole.KILLED || role == QuantityRole.INJURED) {
                if (d.type != EventType.ATTACK) continue;
            }
            QuantityRole r = role;
            if (d.quantities.stream().noneMatch(x -> x.role() == r)) d.quantities.add(new EventQuantity(role, q.value(), q));
        }
    }

    /** Whether another event of the sentence, not linked to d, is nearer to the quantity. */
    private static boolean closerEvent(Ctx c, Draft d, Quantity q, List<Draft> ds) {
        int mine = qdist(c, d, q);
        for (Draft o : ds) {
            if (o == d || o.mergedInto != null || o.contentOf == d || d.contentOf == o) continue;
            if (o.type == EventType.STATEMENT || o.type == EventType.DEMAND || o.type == EventType.PROPOSAL
                    || o.type == EventType.AGREEMENT || o.type == EventType.REJECTION) continue;
            if (qdist(c, o, q) < mine) return true;
        }
        return false;
    }

    private static int qdist(Ctx c, Draft d, Quantity q) {
        TextSpan trig = c.s().spanOf(d.from, d.to);
        if (q.span().overlaps(trig)) return 0;
        return q.span().end() <= trig.begin() ? trig.begin() - q.span().end() : q.span().begin() - trig.end();
    }

    private static final Set<String> PEOPLE = Set.of("prisoner", "people", "person", "individual", "soldier",
            "captive", "detainee", "civilian", "hostage", "serviceman", "servicemen", "pow", "pows", "fighter",
            "troops", "troop", "citizen", "national", "exchange", "body");

    private static int tokenAt(Ctx c, int offset) {
        for (int i = 0; i < c.t().size(); i++) {
            TextSpan s = c.t().get(i).span();
            if (s.begin() <= offset && offset < s.end()) return i;
        }
        return -1;
    }

    private static void evidence(Ctx c, Draft d) {
        TextSpan trig = c.s().spanOf(d.from, d.to);
        int b = trig.begin();
        int e = trig.end();
        for (Participant p : d.participants) {
            if (p.evidence().sentence() != d.sentence) continue;
            b = Math.min(b, p.evidence().span().begin());
            e = Math.max(e, p.evidence().span().end());
        }
        for (EventQuantity q : d.quantities) {
            b = Math.min(b, q.source().span().begin());
            e = Math.max(e, q.source().span().end());
        }
        TextSpan sent = c.s().span();
        d.evidence = new TextSpan(Math.max(b, sent.begin()), Math.min(e, sent.end()));
    }
}
