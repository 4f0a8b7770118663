package no.kommune.bta.edge;

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
        List<String> paths = new ArrayList<>();
        boolean inPaths = false;
        for (String line : new String(ContractDocument.read(), StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) inPaths = line.startsWith("paths:");
            else if (inPaths && line.startsWith("  /") && line.stripTrailing().endsWith(":")) {
                paths.add(line.strip().substring(0, line.strip().length() - 1));
            }
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
