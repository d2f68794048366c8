package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.parley.knowledge.Gazetteer;
import org.parley.knowledge.KnownEntity;
import org.parley.knowledge.MatchKind;
import org.parley.knowledge.NameMatch;
import org.parley.knowledge.TitleMatch;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.model.Token;

/**
 * The first, rule-based name finder: proper-name chunks from the part-of-speech tags, cut into names
 * and typed with the gazetteer (states, alliances, organisations, places, demonyms, seats of government),
 * titles of office ("Defence Minister Rustem Umerov" names a person) and the head word of the name
 * ("Stimson Center" is an organisation, "Dolmabahçe Palace" a place).
 *
 * <pre>{@code
 * MentionFinder finder = new ProperNameFinder(Gazetteer.loadDefault());
 * List<Mention> mentions = finder.find(annotatedArticle);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class ProperNameFinder implements MentionFinder {
    static final String GAZETTEER = "gazetteer";
    static final String RULES = "pos-chunk";
    /** The extractor of a single word taken as the surname of a person the rules named in full elsewhere. */
    static final String SURNAME = RULES + ":surname";

    /** Head words that make a name an organisation. */
    private static final Set<String> ORG_HEADS = Set.of("Center", "Centre", "Group", "Institute", "Institution",
            "Council", "Committee", "Commission", "Ministry", "Department", "Agency", "Office", "Organization",
            "Organisation", "Foundation", "Fund", "Bank", "University", "College", "School", "Party", "Union",
            "Association", "Federation", "Corporation", "Company", "Inc.", "Ltd", "Ltd.", "Corp.", "Co.", "Network",
            "Service", "Services", "Forces", "Army", "Navy", "Guard", "Police", "Court", "Parliament", "Assembly",
            "Congress", "Senate", "Cabinet", "Government", "Administration", "Bureau", "Authority", "Board",
            "Society", "Movement", "Front", "Brigade", "Battalion", "Command", "Times", "Post", "News", "Press",
            "Journal", "Tribune", "Herald", "Telegraph", "Guardian", "Watch", "International",
            "Programme", "Program", "Secretariat", "Mission", "Coalition", "Alliance", "Club", "Review", "Project");
    /** Head words that make a name a place. */
    private static final Set<String> PLACE_HEADS = Set.of("Palace", "Square", "Street", "Avenue", "Airport", "Bridge",
            "Cathedral", "Church", "Mosque", "Stadium", "Hotel", "Port", "Harbour", "Harbor", "Island", "Islands",
            "River", "Sea", "Ocean", "Mountains", "Mountain", "Valley", "Peninsula", "Region", "Oblast", "Province",
            "District", "County", "Plant", "Station", "Base", "Strait", "Gulf", "Lake", "Desert", "Forest", "Park",
            "Building", "Tower", "Castle", "Kremlin");
    /** Head words of named events and documents: not entities (events are extracted elsewhere). */
    private static final Set<String> EVENT_HEADS = Set.of("Summit", "Conference", "Talks", "Forum", "Initiative",
            "Communiqué", "Communique", "Agreement", "Accord", "Accords", "Format", "Treaty", "Protocol", "Memorandum",
            "Declaration", "Charter", "Plan", "War", "Revolution", "Games", "Olympics", "Cup", "Day", "Election",
            "Elections", "Act", "Resolution", "Deal", "Process", "Operation", "Crisis", "Sanctions");
    /** Whether a word is the head of a named event or document ("Summit", "Initiative", "Format"). */
    public static boolean isEventHead(String word) {
        return EVENT_HEADS.contains(word);
    }

    /** Lower-case words allowed inside a name after an organisation or event head ("Ministry of Defence"). */
    private static final Set<String> HEAD_CONNECTORS = Set.of("of", "for", "on", "in", "and");
    /** Name particles ("Ursula von der Leyen", "Mohammed bin Salman"). */
    /** Prepositions after which a name is where something happens. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "around", "from");
    /** Lower-case nouns that make the name before them a grouping of states ("the Weimar+ alliance"). */
    private static final Set<String> GROUPING_NOUNS = Set.of("alliance", "coalition", "bloc", "grouping", "group",
            "partnership", "pact", "quartet", "triangle");
    /** Words that make a place name in the same sentence a region rather than a city ("Donetsk and Kherson regions"). */
    private static final Set<String> REGION_WORDS = Set.of("region", "regions", "oblast", "oblasts", "province",
            "provinces", "territory", "territories");
    /** Capitalised words that are not names even inside a sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("I", "I'm", "I've", "I'd", "I'll", "OK",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** Words that are part of names but never names alone ("in Eastern Ukraine"). */
    private static final Set<String> NEVER_ALONE = Set.of("Eastern", "Western", "Northern", "Southern", "Central",
            "North", "South", "East", "West", "Former", "Mr.", "Mrs.", "Ms.", "Dr.", "Upper", "Lower", "Greater", "New");
    private static final Set<String> PARTICLES = Set.of("de", "du", "da", "das", "dos", "del", "della", "di", "la",
            "le", "von", "van", "der", "den", "ter", "bin", "ibn", "al", "el", "abu", "ben");

    private final Gazetteer gazetteer;

    public ProperNameFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * The form of a word the gazetteer is asked about: the word itself, except that a word in capitals that the
     * gazetteer does not know as written ("LONDON" in a dateline, "UKRAINE" in a shouted headline) is asked about
     * in title case. Known capitalised abbreviations ("NATO", "US") stay as they are.
     */
    String matchForm(String word) {
        if (word.length() < 4) return word;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) return word;
        }
        if (!gazetteer.lookup(word).isEmpty()) return word;
        String titled = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return gazetteer.lookup(titled).isEmpty() ? word : titled;
    }

    @Override
    public List<Mention> find(AnnotatedArticle article) {
        Objects.requireNonNull(article, "article");
        String text = article.article().text();
        List<Mention> out = new ArrayList<>();
        List<Pending> singles = new ArrayList<>();
        Map<String, String> surnames = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            List<String> words = tokens.stream().map(t -> matchForm(t.text())).toList();
            boolean heading = isHeading(tokens);
            int i = 0;
            while (i < tokens.size()) {
                int end = chunkEnd(tokens, i);
                if (end == i) {
                    // a demonym opening the sentence ("Russian Foreign Minister Sergei Lavrov said ..."): the
                    // capital letter says nothing there, the gazetteer does
                    if (i == 0 && !heading && sentenceInitialDemonym(tokens, words)) {
                        i += Math.max(gazetteerMention(text, s, words, 0, 1, out), 1);
                        continue;
                    }
                    i++;
                    continue;
                }
                int grouping = groupingEnd(s, end);
                if (grouping > end && !gazetteerHas(words, i, end)) {
                    // "the Weimar+ alliance", "the Visegrad group": a grouping of states named by the text
                    TextSpan span = s.spanOf(i, grouping);
                    out.add(new Mention(s.index(), span, span.cover(text), EntityType.ALLIANCE, span.cover(text), RULES, 0.7, null));
                    i = grouping;
                    continue;
                }
                if (heading) {
                    for (int m = i; m < end; ) m += Math.max(gazetteerMention(text, s, words, m, end, out), 1);
                } else {
                    segment(text, s, words, i, end, out, singles, surnames);
                }
                i = end;
            }
        }
        // single-word names that were not known while reading: surnames of people named in full elsewhere
        for (Pending p : singles) {
            String full = surnames.get(p.word);
            if (full != null)
                out.add(new Mention(p.sentence, p.span, p.span.cover(text), EntityType.PERSON, full, SURNAME, 0.7, null));
            else if (p.afterLocative)
                // "a strike in Bilopillia": an unknown name after a locative preposition is a place
                out.add(new Mention(p.sentence, p.span, p.span.cover(text), EntityType.PLACE, p.word, RULES, 0.5, null));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return removeOverlaps(out);
    }

    /**
     * When the name ending at {@code end} is followed by a grouping noun ("alliance", "coalition", "group"),
     * possibly after a "+" written onto the name, the end of the name including that "+"; else {@code end}.
     */
    private static int groupingEnd(Sentence s, int end) {
        List<Token> t = s.tokens();
        int j = end;
        if (j < t.size() && t.get(j).text().equals("+") && t.get(j).span().begin() == t.get(j - 1).span().end()) j++;
        if (j < t.size() && GROUPING_NOUNS.contains(t.get(j).text())) return j;
        return end;
    }

    /**
     * A heading ("Key Delegation Members", "The Historical Context of Istanbul Talks"): no lower-case verb,
     * no final punctuation, and most words capitalised. Title case makes every word look like a name, so only
     * gazetteer names are taken from headings.
     */
    public static boolean isHeading(List<Token> tokens) {
        if (tokens.isEmpty()) return false;
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"")) return false;
        int words = 0, capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (!Character.isLetter(w.codePointAt(0))) continue;
            // title case capitalises verbs too ("Ukraine and Russia Meet"); a lower-case verb makes a sentence
            if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && Character.isLowerCase(w.codePointAt(0))) return false;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return words > 0 && capitalised * 10 >= words * 7;
    }

    private record Pending(int sentence, TextSpan span, String word, boolean afterLocative) {}

    /** The end (exclusive) of the proper-name chunk starting at {@code i}, or {@code i} if none starts there. */
    private static int chunkEnd(List<Token> tokens, int i) {
        if (!nameLike(tokens, i)) return i;
        int j = i + 1;
        while (j < tokens.size()) {
            if (nameLike(tokens, j)) {
                j++;
            } else if (j + 1 < tokens.size() && nameLike(tokens, j + 1) && connects(tokens, i, j)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean connects(List<Token> tokens, int start, int j) {
        String w = tokens.get(j).text();
        if (PARTICLES.contains(w)) return true;
        if (!HEAD_CONNECTORS.contains(w)) return false;
        String before = tokens.get(j - 1).text();
        if (w.equals("and")) return ORG_HEADS.contains(before) && !before.equals("International");
        return ORG_HEADS.contains(before) || EVENT_HEADS.contains(before) || PLACE_HEADS.contains(before)
                || before.equals("Minister") || before.equals("Secretary");
    }

    private static boolean nameLike(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        if (FUNCTION_WORDS.contains(w)) return false;
        if (t.pos().equals("PROPN")) return true;
        return switch (t.pos()) {
            case "PUNCT", "NUM", "SYM", "CCONJ", "SCONJ", "DET", "PART" -> false;
            // a capital letter inside a sentence marks a name whatever the tagger guessed ("Heorhii/PRON")
            default -> i > 0 || isAcronym(w);
        };
    }

    private boolean sentenceInitialDemonym(List<Token> tokens, List<String> words) {
        if (tokens.isEmpty() || !tokens.get(0).pos().equals("ADJ")) return false;
        List<NameMatch> m = gazetteer.longestMatchAt(words.subList(0, 1), 0);
        return !m.isEmpty() && m.get(0).kind() == MatchKind.DEMONYM;
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Cuts chunk {@code [start, end)} into gazetteer names, titles and other names, and types them. */
    private void segment(String text, Sentence s, List<String> words, int start, int end, List<Mention> out,
                         List<Pending> singles, Map<String, String> surnames) {
        String head = words.get(end - 1);
        boolean titled = titleEndsAt(words, start);
        int k = start;
        while (k < end) {
            // the whole rest is an organisation, place or event name: keep it together
            if (k < end - 1 || !gazetteerHas(words, k, end)) {
                EntityType byHead = ORG_HEADS.contains(head) ? EntityType.ORGANIZATION
                        : PLACE_HEADS.contains(head) ? EntityType.PLACE : null;
                if (byHead != null && !gazetteerHas(words, k, end) && !titleAt(words, k, end).isPresent()) {
                    TextSpan span = s.spanOf(k, end);
                    out.add(new Mention(s.index(), span, span.cover(text), byHead, span.cover(text), RULES, 0.6, null));
                    return;
                }
                if (EVENT_HEADS.contains(head) && !titleAt(words, k, end).isPresent()) {
                    // not an entity: but the states and places named inside it are
                    for (int m = k; m < end; ) {
                        int len = gazetteerMention(text, s, words, m, end, out);
                        m += Math.max(len, 1);
                    }
                    return;
                }
            }
            Optional<Integer> title = titleAt(words, k, end);
            if (title.isPresent() && k + title.get() < end) {
                titled = true;
                k += title.get();
                continue;
            }
            if (!placeSwallowedByName(words, k, end)) {
                int matched = gazetteerMention(text, s, words, k, end, out);
                if (matched > 0) {
                    k += matched;
                    continue;
                }
            }
            // the rest up to the next gazetteer name is one name of something unknown
            int stop = k + 1;
            while (stop < end && (!gazetteerHas(words, stop, end) || placeSwallowedByName(words, stop, end))) stop++;
            typeUnknown(text, s, words, k, stop, titled, out, singles, surnames);
            k = stop;
        }
    }

    /**
     * Whether the name at {@code [from, to)} stands in a list of regions: followed by "region(s)" / "oblast"
     * after the list ("Donetsk, Luhansk and Zaporizhzhya regions"), or in a list introduced by a colon after
     * a region word ("regions it tried to annex: Donetsk, Luhansk, ...").
     */
    static boolean listOfRegions(List<Token> tokens, int from, int to) {
        int j = to;
        while (j < tokens.size() && inList(tokens.get(j))) j++;
        if (j < tokens.size() && REGION_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) return true;
        int i = from - 1;
        while (i >= 0 && inList(tokens.get(i))) i--;
        if (i >= 0 && tokens.get(i).text().equals(":"))
            for (int b = i - 1; b >= Math.max(0, i - 10); b--)
                if (REGION_WORDS.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean inList(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals("and") || w.equals("or")
                || !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !REGION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name at {@code [from, to)} is the subject of a verb right after it and not the object of
     * a preposition: "Moscow insists", "Kyiv has rejected", but not "talks in Moscow".
     */
    static boolean actsAsSubject(List<Token> tokens, int from, int to) {
        if (from > 0 && tokens.get(from - 1).pos().equals("ADP")) return false;
        for (int i = to; i < Math.min(tokens.size(), to + 2); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VERB") || pos.equals("AUX")) return true;
            if (!pos.equals("ADV")) return false;
        }
        return false;
    }

    /**
     * A city or region name that is only the first part of a longer unknown name ("Vladimir Putin",
     * "Florence Nightingale"): the name wins. States, alliances and organisations keep their match
     * ("U.S. President ...").
     */
    private boolean placeSwallowedByName(List<String> words, int k, int end) {
        List<NameMatch> m = gazetteer.longestMatchAt(words.subList(0, end), k);
        if (m.isEmpty() || m.get(0).entity().type() != EntityType.PLACE) return false;
        int next = k + m.get(0).tokenCount();
        return next < end && !gazetteerHas(words, next, end) && titleAt(words, next, end).isEmpty()
                && isNameWord(words.get(next));
    }

    private boolean gazetteerHas(List<String> words, int k, int end) {
        List<NameMatch> m = gazetteer.longestMatchAt(words.subList(0, end), k);
        return !m.isEmpty();
    }

    /** Adds the gazetteer name starting at {@code k}, if there is one, and returns its length in tokens (0: none). */
    private int gazetteerMention(String text, Sentence s, List<String> words, int k, int end, List<Mention> out) {
        List<NameMatch> matches = gazetteer.longestMatchAt(words.subList(0, end), k);
        if (matches.isEmpty()) return 0;
        NameMatch best = matches.get(0);
        String extractor = GAZETTEER + ":" + best.kind().name().toLowerCase(Locale.ROOT);
        if (best.kind() == MatchKind.CAPITAL) {
            // a capital is the city, unless it acts like the state ("Moscow insists", "Kyiv rejected")
            Optional<NameMatch> city = matches.stream().filter(m -> m.entity().type() == EntityType.PLACE).findFirst();
            if (actsAsSubject(s.tokens(), k, k + best.tokenCount())) extractor = GAZETTEER + ":metonymy";
            else if (city.isPresent()) {
                best = city.get();
                extractor = GAZETTEER + ":name";
            }
        }
        if (best.entity().type() == EntityType.PLACE && listOfRegions(s.tokens(), k, k + best.tokenCount())) {
            // "Donetsk, Luhansk and Zaporizhzhya regions": the regions, not the cities of the same name
            best = matches.stream().filter(m -> m.entity().id().startsWith("region:")).findFirst().orElse(best);
        }
        KnownEntity e = best.entity();
        int len = best.tokenCount();
        TextSpan span = s.spanOf(k, k + len);
        double confidence = switch (best.kind()) {
            case NAME, ABBREVIATION -> matches.size() == 1 ? 0.95 : 0.8;
            case DEMONYM -> 0.75;
            case CAPITAL, SEAT_OF_GOVERNMENT -> 0.8;
        };
        out.add(new Mention(s.index(), span, span.cover(text), e.type(), e.label(), extractor, confidence, e.id()));
        return len;
    }

    /** How many tokens at {@code k} (inside {@code [k, end)}) are a title of office; 0 if none. */
    int titleTokensAt(List<String> words, int k, int end) {
        return titleAt(words, k, end).orElse(0);
    }

    /** The length in tokens of a title of office starting at {@code k} inside {@code [k, end)}. */
    private Optional<Integer> titleAt(List<String> words, int k, int end) {
        return gazetteer.titleMatchAt(words.subList(0, end), k).map(TitleMatch::tokenCount);
    }

    /** Whether a title of office ends right before {@code start} ("Defence Minister | Rustem Umerov"). */
    private boolean titleEndsAt(List<String> words, int start) {
        for (int j = Math.max(0, start - 4); j < start; j++) {
            Optional<TitleMatch> t = gazetteer.titleMatchAt(words.subList(0, start), j);
            if (t.isPresent() && j + t.get().tokenCount() == start) return true;
        }
        return false;
    }

    private void typeUnknown(String text, Sentence s, List<String> words, int k, int stop, boolean titled,
                             List<Mention> out, List<Pending> singles, Map<String, String> surnames) {
        int n = stop - k;
        TextSpan span = s.spanOf(k, stop);
        String name = span.cover(text);
        boolean alphabetic = words.subList(k, stop).stream().allMatch(ProperNameFinder::isNameWord)
                || n >= 2 && isInitials(words.get(k)) && words.subList(k + 1, stop).stream().allMatch(ProperNameFinder::isNameWord);
        java.util.Optional<String> byHead = n >= 2 ? org.parley.nlp.ner.NameHeads.typeOf(words, k, stop) : java.util.Optional.empty();
        if (byHead.isPresent()) {
            // the head noun says what it names ("World Anti-Communist League", "Sebago Lake"): not a person
            EntityType type = byHead.get().equals(org.parley.nlp.ner.NerTypes.LOCATION) ? EntityType.PLACE : EntityType.ORGANIZATION;
            out.add(new Mention(s.index(), span, name, type, name, RULES, 0.6, null));
        } else if (n >= 2 && n <= 4 && alphabetic) {
            out.add(new Mention(s.index(), span, name, EntityType.PERSON, name, RULES, titled ? 0.85 : 0.6, null));
            surnames.putIfAbsent(words.get(stop - 1), name);
        } else if (n == 1 && NEVER_ALONE.contains(name)) {
            return;
        } else if (n == 1 && titled && alphabetic) {
            out.add(new Mention(s.index(), span, name, EntityType.PERSON, name, RULES, 0.6, null));
        } else if (n == 1 && alphabetic) {
            String before = k > 0 ? words.get(k - 1).toLowerCase(Locale.ROOT) : "";
            singles.add(new Pending(s.index(), span, name, LOCATIVES.contains(before)));
        }
    }

    /** Initials written together as a first name ("JD Vance"). */
    private static boolean isInitials(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
    }

    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return PARTICLES.contains(w);
        return w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')
                && !(w.length() > 1 && isAcronym(w) && !w.contains("."));
    }

    private static List<Mention> removeOverlaps(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(m.span())) continue;
            out.add(m);
        }
        return out;
    }
}
