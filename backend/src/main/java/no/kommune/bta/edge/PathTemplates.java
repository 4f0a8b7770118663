package no.kommune.bta.edge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The contract's paths (the keys under {@code paths:} of META-INF/openapi.yaml), to name a path parameter by its name. */
final class PathTemplates {
    private final List<String[]> templates;

    PathTemplates(List<String> paths) {
        this.templates = paths.stream().map(p -> p.split("/", -1)).toList();
    }

    static PathTemplates fromContract() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/openapi.yaml");
        if (in == null) return new PathTemplates(List.of());
        List<String> paths = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inPaths = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) inPaths = line.startsWith("paths:");
                else if (inPaths && line.startsWith("  /") && line.stripTrailing().endsWith(":")) {
                    paths.add(line.strip().substring(0, line.strip().length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PathTemplates(paths);
    }

    /**
     * The name of the path parameter at segment {@code index} of the request path (split on '/'), from the first
     * contract path of the same shape; "path" when no contract path has a parameter there.
     */
    String parameterAt(String[] segments, int index) {
        for (String[] t : templates) {
            if (t.length != segments.length || !t[index].startsWith("{")) continue;
            boolean same = true;
            for (int i = 0; i < t.length && same; i++) same = t[i].startsWith("{") || t[i].equals(segments[i]);
            if (same) return t[index].substring(1, t[index].length() - 1);
        }
        return "path";
    }
}
