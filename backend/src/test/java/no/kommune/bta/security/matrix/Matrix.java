package no.kommune.bta.security.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import no.kommune.bta.security.Roles;
import no.kommune.bta.security.matrix.Callers.Caller;
import no.kommune.bta.security.matrix.Callers.Outsider;
import no.kommune.bta.security.matrix.Cases.Case;
import no.kommune.bta.security.matrix.Contract.Operation;
import no.kommune.bta.security.matrix.Expected.Kind;
import no.kommune.bta.security.matrix.Request.Answer;
import no.kommune.bta.security.matrix.Residents.Person;
import no.kommune.bta.support.Db;

/**
 * Calls every operation of the contract with every caller and compares each status with what the operation's
 * {@code x-roles} and {@code x-scope} declare. For each operation the refused tokens and the roles it does not
 * accept come first, then the outsiders, and the roles it accepts last, so that a write changes its fixture only
 * after everyone who must be refused has tried.
 */
public final class Matrix {
    /** One call: who called which operation, what it had to answer and what it answered. */
    public record Row(String operation, String caller, Expected expected, String actual, boolean ok) {
    }

    private final List<Row> rows = new ArrayList<>();
    private List<Person> persons = List.of();

    public List<Row> rows() {
        return rows;
    }

    public List<Row> failures() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    /** What keeps the contract from being checked at all: a missing or unknown x-roles or x-scope, or a missing case. */
    public static List<String> declarationProblems(List<Operation> operations, Map<String, Case> cases) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Operation op : operations) {
            ids.add(op.operationId());
            if (op.roles().isEmpty()) out.add(op.label() + ": no x-roles");
            if (!Roles.ALL.containsAll(op.roles())) out.add(op.label() + ": unknown role in x-roles " + op.roles());
            Scope scope = Scope.parse(op.scope()).orElse(null);
            if (scope == null) out.add(op.label() + ": x-scope is " + (op.scope() == null ? "missing" : "'" + op.scope() + "'")
                    + " (one of person, facility, list, none)");
            Case c = cases.get(op.operationId());
            if (c == null) {
                out.add(op.label() + ": no matrix case (add one to Cases)");
                continue;
            }
            if (scope == Scope.PERSON && op.roles().contains(Roles.ESIKT) && c.afterMoveIn == null) {
                out.add(op.label() + ": ESIKT may call it, but the case has no request on the moved-in resident");
            }
            if (scope == Scope.FACILITY && op.roles().stream().noneMatch(Set.of(Roles.BOTILTAK, Roles.FAGLEDER)::contains)) {
                out.add(op.label() + ": x-scope facility, but no facility staff role may call it");
            }
        }
        cases.keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> out.add(id + ": a case for an operation the contract does not have"));
        return out;
    }

    public void run(List<Operation> operations, Fixtures f, List<Caller> refused) {
        persons = f.persons();
        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort(Comparator.comparing(op -> Cases.all().get(op.operationId()).last));
        for (Operation op : ordered) run(op, Cases.all().get(op.operationId()), Scope.parse(op.scope()).orElseThrow(), f, refused);
    }

    private void run(Operation op, Case c, Scope scope, Fixtures f, List<Caller> refused) {
        Supplier<Request> request = () -> c.fill.fill(f, Request.of(op));
        List<String> gaps = request.get().gaps(f.ids());
        if (!gaps.isEmpty()) {
            rows.add(new Row(op.operationId(), "(the case)", Expected.of(Kind.ALLOWED), String.join("; ", gaps), false));
            return;
        }
        for (Caller x : refused) call(op, x.label(), request.get(), x, Expected.of(Kind.UNAUTHORIZED));
        for (Caller x : Callers.INSIDERS) {
            if (!x.accepted(op.roles())) call(op, x.label(), request.get(), x, Expected.of(Kind.FORBIDDEN));
        }
        for (Outsider o : Callers.OUTSIDERS) {
            if (op.roles().contains(o.caller().role())) outsider(op, c, scope, o, f, request);
        }
        for (Caller x : Callers.INSIDERS) {
            if (!x.accepted(op.roles())) continue;
            boolean caresForResident = Set.of(Roles.HVK, Roles.BOTILTAK, Roles.FAGLEDER).contains(x.role());
            Expected e = scope == Scope.LIST && c.showsResident && caresForResident
                    ? Expected.listedWith(List.of(f.resident.person().id().toString())) : Expected.of(Kind.ALLOWED);
            call(op, x.label(), request.get(), x, e);
        }
    }

    private void outsider(Operation op, Case c, Scope scope, Outsider o, Fixtures f, Supplier<Request> request) {
        String who = o.label();
        Caller x = o.caller();
        switch (o.reach()) {
            case OTHER_FACILITY -> {
                switch (scope) {
                    case NONE -> call(op, who, request.get(), x, Expected.of(Kind.ALLOWED));
                    case FACILITY -> call(op, who, request.get(), x, Expected.of(Kind.FORBIDDEN));
                    case PERSON -> {
                        call(op, who, request.get(), x,
                                Expected.of(c.namesFacility ? Kind.FORBIDDEN : c.idInBody ? Kind.AS_UNKNOWN : Kind.NOT_FOUND));
                        for (Cases.Variant v : c.variants) {
                            call(op, who + ", " + v.label(), v.fill().fill(f, o, request.get()), x, Expected.of(v.expected()));
                        }
                    }
                    case LIST -> {
                        call(op, who, request.get(), x, Expected.listedWithout(f.tracesHiddenFrom(x.label())));
                        if (op.queryParams().contains("facility")) {
                            call(op, who + ", facility=" + Fixtures.FACILITY, request.get().query("facility", Fixtures.FACILITY), x,
                                    Expected.of(Kind.FORBIDDEN));
                        }
                    }
                }
            }
            case OTHER_CASEWORKER -> {
                switch (scope) {
                    case NONE -> call(op, who, request.get(), x, Expected.of(Kind.ALLOWED));
                    case PERSON -> call(op, who, request.get(), x, Expected.of(c.opensCare ? Kind.ALLOWED : Kind.NOT_FOUND));
                    case LIST -> call(op, who, request.get(), x, Expected.listedWithout(f.tracesHiddenFrom(x.label())));
                    case FACILITY -> {
                        // municipality-wide: no facility to be outside of
                    }
                }
            }
            case AFTER_MOVE_IN -> {
                switch (scope) {
                    case NONE -> call(op, who, request.get(), x, Expected.of(Kind.ALLOWED));
                    case PERSON -> call(op, who, c.afterMoveIn.fill(f, Request.of(op)), x, Expected.of(Kind.NOT_FOUND));
                    case LIST -> call(op, who, request.get(), x, Expected.listedWithout(f.movedInTraces()));
                    case FACILITY -> {
                        // municipality-wide: no facility to be outside of
                    }
                }
            }
        }
    }

    private void call(Operation op, String caller, Request request, Caller x, Expected expected) {
        String actual;
        boolean ok;
        try {
            Answer a = request.send(x.token().get());
            ok = expected.metBy(a);
            actual = a + (ok ? "" : " " + expected.miss(a)).stripTrailing();
            List<String> unlogged = ok ? shownButNotLogged(a) : List.of();
            if (!unlogged.isEmpty()) {
                ok = false;
                actual += " shown but not in the access log: " + String.join(", ", unlogged);
            }
        } catch (RuntimeException e) {
            ok = false;
            actual = "call failed: " + e;
        }
        rows.add(new Row(op.operationId(), caller, expected, actual, ok));
    }

    /**
     * R-ACC-4: every fixture person an answer shows (by id or family name) has an access-log row of this call, so
     * that the person's innsyn names it.
     */
    private List<String> shownButNotLogged(Answer a) {
        if (a.status() < 200 || a.status() > 299 || a.body().isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (Person p : persons) {
            if (!a.body().contains(p.id().toString()) && !a.body().contains(p.familyName())) continue;
            if (Db.query("SELECT 1 FROM access_log WHERE correlation_id = ? AND person_id = ?", a.correlationId(),
                    p.id()).isEmpty()) {
                out.add(p.familyName());
            }
        }
        return out;
    }

    /** The whole table, one line per call. */
    public String table() {
        int w1 = Math.max(9, rows.stream().mapToInt(r -> r.operation().length()).max().orElse(0));
        int w2 = Math.max(6, rows.stream().mapToInt(r -> r.caller().length()).max().orElse(0));
        String format = "%-" + w1 + "s  %-" + w2 + "s  %-16s  %-4s  %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "operation", "caller", "expected", "", "actual"));
        for (Row r : rows) out.append(String.format(format, r.operation(), r.caller(), r.expected(), r.ok() ? "ok" : "FAIL", r.actual()));
        return out.toString();
    }
}
