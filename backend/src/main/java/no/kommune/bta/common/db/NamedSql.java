package no.kommune.bta.common.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A statement's text with its named parameters ({@code :name}) found once and kept: the JDBC text with a {@code ?} in
 * each parameter's place, and the name of each {@code ?} in order. Quoted text, quoted names, dollar-quoted bodies and
 * comments are copied as they are; {@code ::} is a cast, not a parameter; a {@code ?} of the statement's own (a
 * PostgreSQL operator) is doubled, which is how the JDBC driver reads it as text.
 */
final class NamedSql {
    /** Statements differ only by the filters asked for (common.db.Filters), so a few hundred texts at most. */
    private static final int KEPT_AT_MOST = 4096;
    private static final Map<String, NamedSql> KEPT = new ConcurrentHashMap<>();
    private static final Pattern LOCKING = Pattern.compile("\\bFOR\\s+(NO\\s+KEY\\s+UPDATE|UPDATE|KEY\\s+SHARE|SHARE)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The text before each parameter, then the text after the last: one more piece than names. */
    private final String[] pieces;
    /** The parameter in each place, in order; a name may stand in several places. */
    final String[] names;
    /** The JDBC text when no parameter is a collection. */
    final String jdbc;
    /** Whether the statement locks rows ({@code FOR UPDATE} and the like), so a row limit cannot be written after it. */
    final boolean locking;
    private final java.util.Set<String> distinct;

    private NamedSql(List<String> pieces, List<String> names) {
        this.pieces = pieces.toArray(String[]::new);
        this.names = names.toArray(String[]::new);
        this.distinct = java.util.Set.copyOf(names);
        this.jdbc = build(null);
        this.locking = LOCKING.matcher(jdbc).find();
    }

    /** Every parameter bound and nothing bound that is not a parameter, as Hibernate asked. */
    void check(java.util.Set<String> bound) {
        if (bound.size() == distinct.size() && distinct.containsAll(bound)) return;
        for (String name : distinct) {
            if (!bound.contains(name)) throw new IllegalArgumentException("No value bound for the parameter :" + name);
        }
        for (String name : bound) {
            if (!distinct.contains(name)) throw new IllegalArgumentException("No parameter :" + name + " in the statement");
        }
    }

    static NamedSql of(String sql) {
        NamedSql found = KEPT.get(sql);
        if (found != null) return found;
        NamedSql parsed = parse(sql);
        if (KEPT.size() < KEPT_AT_MOST) KEPT.putIfAbsent(sql, parsed);
        return parsed;
    }

    /**
     * The JDBC text for these values: a collection stands for one {@code ?} per element (an empty one for
     * {@code NULL}, so {@code IN (:none)} matches nothing), an {@link Sql.Inlined} value for its text.
     */
    String text(Map<String, Object> values) {
        return anyCollectionOrInlined(values) ? build(values) : jdbc;
    }

    private String build(Map<String, Object> values) {
        StringBuilder out = new StringBuilder(pieces[0]);
        for (int i = 0; i < names.length; i++) {
            Object value = values == null ? null : values.get(names[i]);
            if (value instanceof Sql.Inlined inlined) {
                out.append(inlined.text());
            } else if (value instanceof Collection<?> c && c.isEmpty()) {
                out.append("NULL");
            } else if (value instanceof Collection<?> c) {
                out.append("?, ".repeat(c.size() - 1)).append('?');
            } else {
                out.append('?');
            }
            out.append(pieces[i + 1]);
        }
        return out.toString();
    }

    private static boolean anyCollectionOrInlined(Map<String, Object> values) {
        for (Object v : values.values()) {
            if (v instanceof Collection || v instanceof Sql.Inlined) return true;
        }
        return false;
    }

    static NamedSql parse(String sql) {
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder piece = new StringBuilder(sql.length() + 8);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : 0;
            int end;
            if (c == '\'') {
                end = endOfQuoted(sql, i, '\'', escapeString(sql, i));
            } else if (c == '"') {
                end = endOfQuoted(sql, i, '"', false);
            } else if (c == '-' && next == '-') {
                int eol = sql.indexOf('\n', i);
                end = eol < 0 ? n : eol;
            } else if (c == '/' && next == '*') {
                end = endOfBlockComment(sql, i);
            } else if (c == '$' && (i == 0 || !identifierPart(sql.charAt(i - 1)))) {
                end = endOfDollarQuoted(sql, i);
            } else if (c == ':' && next == ':') {
                end = i + 2;
            } else if (c == ':' && identifierStart(next)) {
                int j = i + 1;
                while (j < n && identifierPart(sql.charAt(j))) j++;
                pieces.add(piece.toString());
                piece.setLength(0);
                names.add(sql.substring(i + 1, j));
                i = j;
                continue;
            } else if (c == '?') {
                piece.append("??");
                i++;
                continue;
            } else {
                end = i + 1;
            }
            piece.append(sql, i, end);
            i = end;
        }
        pieces.add(piece.toString());
        return new NamedSql(pieces, names);
    }

    /** An {@code E'…'} string, where a backslash escapes the next character. */
    private static boolean escapeString(String sql, int quote) {
        if (quote == 0) return false;
        char before = sql.charAt(quote - 1);
        return (before == 'E' || before == 'e') && (quote < 2 || !identifierPart(sql.charAt(quote - 2)));
    }

    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int n = sql.length();
        for (int i = start + 1; i < n; i++) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return n;
    }

    private static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int n = sql.length();
        for (int i = start; i < n - 1; i++) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                depth++;
                i++;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                depth--;
                i++;
                if (depth == 0) return i + 1;
            }
        }
        return n;
    }

    /** {@code $tag$ … $tag$} (the tag may be empty); a lone {@code $} is just a character. */
    private static int endOfDollarQuoted(String sql, int start) {
        int n = sql.length();
        int j = start + 1;
        if (j < n && identifierStart(sql.charAt(j))) {
            while (j < n && identifierPart(sql.charAt(j))) j++;
        }
        if (j >= n || sql.charAt(j) != '$') return start + 1;
        String tag = sql.substring(start, j + 1);
        int close = sql.indexOf(tag, j + 1);
        return close < 0 ? n : close + tag.length();
    }

    private static boolean identifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean identifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
