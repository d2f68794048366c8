import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Makes brown-clusters.tsv.gz and name-lists.tsv.gz from two lexica of the nlp4j-english 1.1.3 jar (Maven
 * Central, Apache-2.0), after they are unpacked with unzip and xz (see PROVENANCE.md). Run with Java 17:
 *
 * <pre>
 * java ImportNlp4j.java brown en-brown-clusters-simplified-lowercase.ser brown-clusters.tsv.gz
 * java ImportNlp4j.java names en-named-entity-gazetteers-simplified.ser name-lists.tsv.gz
 * </pre>
 *
 * The lexica are Java-serialised objects: the clusters a HashMap from word to the set of its path prefixes,
 * the gazetteers a token prefix tree whose values are sets of list numbers. The two classes below stand in for
 * NLP4J's tree classes (same simple names and serial version UIDs) so that NLP4J itself is not needed.
 */
public class ImportNlp4j {
    /** NLP4J's gazetteer list numbers, named after the names each list holds. Currency (2) is left out. */
    static final Map<String, String> LISTS = Map.ofEntries(Map.entry("0", "company"), Map.entry("1", "country"),
            Map.entry("3", "title"), Map.entry("4", "name-part"), Map.entry("5", "nationality"),
            Map.entry("6", "city"), Map.entry("7", "state"), Map.entry("8", "work"), Map.entry("9", "event"),
            Map.entry("10", "film"), Map.entry("11", "location"), Map.entry("12", "product"),
            Map.entry("13", "organization"), Map.entry("14", "person"), Map.entry("15", "song"));

    static final Pattern WORD = Pattern.compile("[a-z0-9\\u00c0-\\u024f][a-z0-9\\u00c0-\\u024f'.\\-&]{0,29}");

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !Set.of("brown", "names").contains(args[0])) {
            System.err.println("usage: java ImportNlp4j.java brown|names LEXICON.ser OUT.tsv.gz");
            System.exit(2);
        }
        Object lexicon;
        try (ObjectInputStream in = new Resolving(new BufferedInputStream(Files.newInputStream(Path.of(args[1])),
                1 << 20))) {
            lexicon = in.readObject();
        }
        TreeMap<String, String> out = new TreeMap<>(ImportNlp4j::compareCodePoints);
        if (args[0].equals("brown")) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) lexicon).entrySet()) {
                String word = (String) e.getKey();
                String longest = "";
                for (Object p : (Collection<?>) e.getValue()) {
                    if (p.toString().length() > longest.length()) {
                        longest = p.toString();
                    }
                }
                if (WORD.matcher(word).matches()) {
                    out.put(word, longest);
                }
            }
        } else {
            walk(((PrefixTree) lexicon).n_root, new ArrayList<>(), out);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> e : out.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(out.size() + " entries written to " + args[2]);
    }

    /** Names of 1-6 tokens, first token starting with an upper-case letter or digit, no token over 30 chars. */
    static void walk(PrefixNode node, List<String> tokens, Map<String, String> out) {
        if (node.value instanceof Collection<?> lists && !tokens.isEmpty() && tokens.size() <= 6) {
            String first = tokens.get(0);
            boolean ok = Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0));
            String name = String.join(" ", tokens);
            for (String t : tokens) {
                ok &= t.length() <= 30;
            }
            ok &= name.chars().noneMatch(c -> Character.isSurrogate((char) c) || c == '\t' || c == 0xFFFD);
            TreeSet<String> names = new TreeSet<>();
            for (Object l : lists) {
                String n = LISTS.get(l.toString());
                if (n != null) {
                    names.add(n);
                }
            }
            if (ok && !names.isEmpty()) {
                out.put(name, String.join(",", names));
            }
        }
        if (tokens.size() < 6) {
            for (Map.Entry<Object, PrefixNode> e : node.entrySet()) {
                tokens.add(e.getKey().toString());
                walk(e.getValue(), tokens, out);
                tokens.remove(tokens.size() - 1);
            }
        }
    }

    /** Code-point order, which is also the byte order of the names' UTF-8 form. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Reads NLP4J's tree classes as the stand-ins below. */
    static final class Resolving extends ObjectInputStream {
        Resolving(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            return switch (desc.getName()) {
                case "edu.emory.mathcs.nlp.common.collection.tree.PrefixTree" -> PrefixTree.class;
                case "edu.emory.mathcs.nlp.common.collection.tree.PrefixNode" -> PrefixNode.class;
                default -> super.resolveClass(desc);
            };
        }
    }
}

/** Stand-in for NLP4J's PrefixTree. */
class PrefixTree implements Serializable {
    private static final long serialVersionUID = 0x59cedf5569fdc4d3L;
    PrefixNode n_root;
}

/** Stand-in for NLP4J's PrefixNode: children by token, and a value. */
class PrefixNode extends HashMap<Object, PrefixNode> {
    private static final long serialVersionUID = 0x15bdfb7915ff1af7L;
    Object value;
}
