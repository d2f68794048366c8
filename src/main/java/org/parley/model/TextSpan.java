package org.parley.model;

/**
 * A half-open range of character offsets {@code [begin, end)} into an article's text.
 *
 * <pre>{@code
 * TextSpan s = new TextSpan(3, 10);
 * String covered = s.cover(text);
 * }</pre>
 */
public record TextSpan(int begin, int end) implements Comparable<TextSpan> {
    public TextSpan {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span: begin=" + begin + ", end=" + end);
    }

    public int length() {
        return end - begin;
    }

    /** The text this span covers in {@code text}. */
    public String cover(CharSequence text) {
        if (end > text.length())
            throw new IllegalArgumentException("span " + this + " beyond text of length " + text.length());
        return text.subSequence(begin, end).toString();
    }

    public boolean contains(TextSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(TextSpan o) {
        int c = Integer.compare(begin, o.begin);
        return c != 0 ? c : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
