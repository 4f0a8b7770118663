package no.kommune.bta.followup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kommune.bta.common.Problem;

/**
 * Assessment instruments defined as data (instruments/instruments.json): items with their allowed
 * answers and scores, how the total is formed, and cut-offs that may differ by sex, each with its
 * source. Scoring is pure.
 */
public final class Instruments {

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Answer(String label, BigDecimal score) {
    }

    public record Item(String id, String text, List<Answer> answers, String scale, List<BigDecimal> range) {
    }

    public record Cutoff(String sex, String direction, BigDecimal value, String reading, String source, Boolean perItem) {
    }

    public record Instrument(String id, String name, String source, String total, BigDecimal min, BigDecimal max,
                             List<Item> items, Map<String, List<Answer>> scales, List<Cutoff> cutoffs) {

        /** The allowed answers of an item, or null when it takes any value in its range (one decimal). */
        public List<Answer> answersOf(Item item) {
            if (item.answers() != null) return item.answers();
            if (item.scale() != null) return scales.get(item.scale());
            return null;
        }
    }

    public record Reading(String scope, BigDecimal value, String direction, BigDecimal cutoff, boolean met, String reading,
                          String source) {
    }

    public record Scored(BigDecimal total, List<Reading> readings) {
    }

    public static final List<Instrument> ALL = load();

    private Instruments() {
    }

    private static List<Instrument> load() {
        try (InputStream in = Instruments.class.getResourceAsStream("/instruments/instruments.json")) {
            return new ObjectMapper().findAndRegisterModules().readValue(in, new TypeReference<List<Instrument>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the instrument definitions", e);
        }
    }

    public static Optional<Instrument> find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Checks every answer; returns the violations (empty when the answers are complete and allowed). */
    public static List<Problem.Violation> validate(Instrument ins, Map<String, BigDecimal> answers) {
        List<Problem.Violation> out = new ArrayList<>();
        for (String key : answers.keySet()) {
            if (ins.items().stream().noneMatch(i -> i.id().equals(key))) out.add(new Problem.Violation("answers." + key, "ukjent spørsmål"));
        }
        for (Item item : ins.items()) {
            BigDecimal v = answers.get(item.id());
            if (v == null) {
                out.add(new Problem.Violation("answers." + item.id(), "mangler svar"));
                continue;
            }
            List<Answer> allowed = ins.answersOf(item);
            if (allowed != null) {
                if (allowed.stream().noneMatch(a -> a.score().compareTo(v) == 0)) {
                    out.add(new Problem.Violation("answers." + item.id(), "må være en av " + allowed.stream().map(Answer::score).toList()));
                }
            } else if (v.compareTo(item.range().get(0)) < 0 || v.compareTo(item.range().get(1)) > 0 || v.scale() > 1) {
                out.add(new Problem.Violation("answers." + item.id(), "må være mellom " + item.range().get(0) + " og "
                        + item.range().get(1) + " med høyst én desimal"));
            }
        }
        return out;
    }

    /** R-FOL-2: the total and the reading against each cut-off for the person's sex. */
    public static Scored score(Instrument ins, Map<String, BigDecimal> answers, String sex) {
        BigDecimal total = "SUM".equals(ins.total())
                ? ins.items().stream().map(i -> answers.get(i.id())).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        List<Reading> readings = new ArrayList<>();
        for (Cutoff c : ins.cutoffs()) {
            if (!c.sex().equals("ANY") && !c.sex().equals(sex)) continue;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            if (Boolean.TRUE.equals(c.perItem())) ins.items().forEach(i -> values.put(i.id(), answers.get(i.id())));
            else values.put("TOTAL", total);
            values.forEach((scope, v) -> {
                boolean met = c.direction().equals("AT_LEAST") ? v.compareTo(c.value()) >= 0 : v.compareTo(c.value()) < 0;
                readings.add(new Reading(scope, v, c.direction(), c.value(), met, c.reading(), c.source()));
            });
        }
        return new Scored(total, readings);
    }
}
