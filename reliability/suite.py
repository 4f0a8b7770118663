#!/usr/bin/env python3
"""BTA's reliability cases (issue 17): several backend processes from the packaged jar against one database,
killed with SIGKILL, a database that goes away or is slow; each case checks the database afterwards and prints one
result row. Called by reliability/run (which prepares PostgreSQL, Keycloak and the jar); see reliability/README.md.

Only the Python standard library, psql and the PostgreSQL 15 server programs are used; every request goes to
127.0.0.1, every loop is bounded in count and time. The backend processes, the token helper and the SQL helper are
bench/harness.py's.
"""
import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
import urllib.error
import uuid
from datetime import date, datetime, timedelta, timezone
from http.client import HTTPException
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import harness as h  # noqa: E402  (bench/harness.py: Backend, token, call, psql, ocr_file, Tokens)

LOG_DIR = ROOT / ".cache" / "logs" / "reliability"
OSLO = ZoneInfo("Europe/Oslo")
IDENTITY_NUMBER = re.compile(r"\b\d{11}\b")
ACCESS_LOG = "io.quarkus.http.access-log"  # the logger of the production log's line per request
# what a client sees when the instance it talks to is gone
GONE = (urllib.error.URLError, ConnectionError, TimeoutError, HTTPException, OSError)
# every instance of the suite: jobs lease for 3 s and expired leases are looked for every second, so a job of a
# killed instance is taken over within seconds
JOB_ENV = {"BTA_JOBS_LEASE": "PT3S", "BTA_JOBS_SWEEP_EVERY": "1s"}


def say(msg):
    print(f"[rel] {msg}", flush=True)


class Failed(Exception):
    """A case's check did not hold: the message says what was seen."""


def check(cond, msg):
    if not cond:
        raise Failed(msg)


def fresh_db(name):
    h.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", superuser=True)
    h.psql("postgres", f"CREATE DATABASE {name} OWNER bta", superuser=True)


def month_start():
    return datetime.now(OSLO).date().replace(day=1)


def gone_request(base, method, path, tok, body=None, headers=None, timeout=30, meta=None):
    """A request that answers (None, error text, seconds) when the instance cannot be reached or hangs up."""
    t0 = time.perf_counter()
    try:
        return h.call(base, method, path, tok, body, headers, timeout=timeout, meta=meta)
    except GONE as e:
        return None, f"{type(e).__name__}: {e}".encode(), time.perf_counter() - t0


def get_json(inst, path, tok):
    """GET that must answer 200; its JSON."""
    status, body, _ = h.call(inst.base, "GET", path, tok)
    check(status == 200, f"GET {path} on {inst.name} answered {status}: {body[:200]!r}")
    return json.loads(body)


def free_port(port, last=8199):
    """`port` if nothing answers or listens on it (IPv4 or IPv6), else the next such one up to `last`."""
    for p in range(port, last + 1):
        try:
            socket.create_connection(("127.0.0.1", p), timeout=0.3).close()
            continue  # something answers there
        except OSError:
            pass
        if p not in listening_ports():
            return p
    raise Failed(f"no free port between {port} and {last}")


def listening_ports(inodes=None):
    """The TCP ports listened on (state 0A) on this machine, or only by the sockets with these inodes."""
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            f = line.split()
            if f[3] == "0A" and (inodes is None or f[9] in inodes):
                ports.add(int(f[1].rsplit(":", 1)[1], 16))
    return ports


def owns_port(pid, port):
    """Whether the process `pid` holds the listening socket on `port` (and so answers there, not someone else)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return port in listening_ports(inodes)


class Instance:
    """One backend process of the jar (bench/harness.py's Backend, -Xmx256m), restartable; every start writes
    a log file of its own, all of them checked at the end."""

    def __init__(self, name, db, port, env, db_url=None):
        self.name, self.db, self.port = name, db, port
        self.env = dict(JOB_ENV, **env)
        if db_url:
            self.env["QUARKUS_DATASOURCE_JDBC_URL"] = db_url
        self.starts = 0
        self.logs = []
        self.backend = None
        self.base = f"http://127.0.0.1:{port}"

    def start(self):
        # other test runs on the machine take free ports at random: never start on (or ask) a port someone has
        self.port = free_port(self.port)
        self.base = f"http://127.0.0.1:{self.port}"
        self.starts += 1
        log_name = f"{self.name}-{self.starts}.log"
        self.backend = h.Backend(self.db, self.port, LOG_DIR, env=self.env, log_name=log_name)
        self.backend.start()
        self.logs.append(LOG_DIR / log_name)
        return self

    def ready(self, limit=180):
        """Seconds from the start to the first 200 of GET /api/facilities."""
        secs = self.backend.first_200(h.token("bakklandet1"), limit=limit)
        check(self.alive() and owns_port(self.pid, self.port),
              f"{self.name} does not listen on {self.port} itself: another process answered (see {self.logs[-1]})")
        return secs

    @property
    def pid(self):
        return self.backend.proc.pid

    def alive(self):
        return self.backend is not None and self.backend.proc.poll() is None

    def kill9(self):
        """SIGKILL to the whole process group, as a crashed machine would."""
        os.killpg(self.pid, signal.SIGKILL)
        self.backend.proc.wait(30)

    def stop(self):
        if self.backend:
            self.backend.stop()

    def threads(self):
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
        return -1

    def log_text(self):
        return "".join(p.read_text(errors="replace") for p in self.logs if p.exists())


# ------------------------------------------------------------------ the checks shared by the cases

def eligible_agreements(db, month):
    """The agreements a month's run charges, written out here independently of the backend's query: moved in,
    their stay (from the later of move-in and start to move-out or end) touching the month, at a facility that
    collects egenbetaling for the agreement's kind (R-PAY-8)."""
    first, last = month, (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return {r[0] for r in h.psql(db, f"""
        SELECT a.id FROM agreement a JOIN facility f ON f.id = a.facility_id
        WHERE a.moved_in_on IS NOT NULL AND greatest(a.moved_in_on, a.start_date) <= DATE '{last}'
          AND coalesce(a.moved_out_on, a.ended_on, DATE '{last}') >= DATE '{first}'
          AND CASE WHEN f.agreement_kind = a.kind THEN f.collects_egenbetaling ELSE a.kind = 'BTA' END""")}


def run_charges(db, month):
    """agreement id -> list of (amount, days) of the month's charges the charge run wrote."""
    out = {}
    for agreement, amount, days in h.psql(db, f"SELECT agreement_id, amount_ore, days FROM charge "
                                              f"WHERE cause = 'RUN' AND period = DATE '{month}' ORDER BY 1"):
        out.setdefault(agreement, []).append((int(amount), int(days)))
    return out


def check_run_charges(db, month):
    """Every eligible agreement has exactly one RUN charge for the month, no other agreement has one; returns
    how many."""
    eligible = eligible_agreements(db, month)
    check(eligible, f"no agreement is eligible for {month:%Y-%m}: nothing to charge, the case proves nothing")
    charged = run_charges(db, month)
    missing = sorted(eligible - charged.keys())
    twice = sorted(a for a, c in charged.items() if len(c) > 1)
    stray = sorted(charged.keys() - eligible)
    check(not missing and not twice and not stray,
          f"{len(eligible)} eligible agreements: {len(missing)} without a RUN charge {missing[:3]}, "
          f"{len(twice)} charged twice {twice[:3]}, {len(stray)} charged though not eligible {stray[:3]}")
    return len(eligible)


def check_logs(instances, sent):
    """The prod console log of every start of every instance: each line is a JSON object; each request line (the
    access log) carries its correlation id in the MDC (correlationId), the same one it answered with, and the
    requests sent with an X-Correlation-Id show theirs in the log of the instance they went to; no 11-digit number
    (a fødselsnummer or D-nummer) appears anywhere. `sent` is [(instance, correlation id)]. Returns the number of
    lines and of request lines."""
    problems = []
    lines_total = requests = 0
    correlations = {}
    for inst in instances:
        seen = correlations.setdefault(inst.name, set())
        for path in inst.logs:
            if not path.exists():
                continue
            for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                if not line.strip():
                    continue
                lines_total += 1
                if IDENTITY_NUMBER.search(line):
                    problems.append(f"{path.name}:{n} holds an 11-digit number")
                try:
                    rec = json.loads(line)
                except ValueError:
                    problems.append(f"{path.name}:{n} is not JSON: {line[:100]!r}")
                    continue
                if not isinstance(rec, dict):
                    problems.append(f"{path.name}:{n} is JSON but not an object")
                    continue
                if rec.get("loggerName") != ACCESS_LOG:
                    continue
                # a request's line: its MDC correlation id, the same as the X-Correlation-Id it answered with
                cid = (rec.get("mdc") or {}).get("correlationId")
                answered = re.search(r"correlation=(\S+)$", rec.get("message", ""))
                if not cid or not answered or answered.group(1) != cid:
                    problems.append(f"{path.name}:{n} a request line without its correlation id: {line[:160]!r}")
                    continue
                requests += 1
                seen.add(cid)
    for inst, cid in sent:
        if cid not in correlations.get(inst.name, set()):
            problems.append(f"the correlation id {cid} sent to {inst.name} is on no line of its log")
    check(not problems, f"{len(problems)} problems in {lines_total} log lines; first: " + "; ".join(problems[:3]))
    check(requests > 0, f"no request line ({ACCESS_LOG}) among {lines_total} log lines")
    return lines_total, requests


# ------------------------------------------------------------------ the smoke: S1, S2 and the logs

def smoke(rows, ports=(8091, 8092)):
    db = "bta_rel"
    fresh_db(db)
    month = month_start()
    # one firing of the monthly schedule, at the same moment on both instances (cron in the machine's time zone,
    # the one the JVM schedules in), late enough for both to be up
    fire = datetime.now().replace(microsecond=0) + timedelta(seconds=int(os.environ.get("BTA_REL_FIRE_AFTER", "85")))
    env = {"BTA_CHARGES_CRON": f"{fire.second} {fire.minute} {fire.hour} * * ?",
           "BTA_PAYMENTS_IMPORT_SYNC_LIMIT": "50", "BTA_PAYMENTS_IMPORT_BATCH_SIZE": "20"}
    a = Instance("A", db, ports[0], dict(env, BTA_DEMO_DATA="true"))
    b = Instance("B", db, ports[1], env)
    sent = []

    def up():
        a.start()
        say(f"A (demo data) first 200 after {a.ready():.1f} s; the schedule fires at {fire:%H:%M:%S} on both")
        b.start()
        say(f"B first 200 after {b.ready():.1f} s")
        for inst in (a, b):
            cid = f"rel-smoke-{inst.name}-{uuid.uuid4().hex[:12]}"
            status, _, _ = h.call(inst.base, "GET", "/api/facilities", h.token("bakklandet1"),
                                  headers={"X-Correlation-Id": cid})
            check(status == 200, f"GET /api/facilities on {inst.name} answered {status}")
            sent.append((inst, cid))
        return f"A and B up on {ports[0]} and {ports[1]}, one database {db}"
    try:
        if case(rows, "S0 two instances of the jar on one database", up):
            case(rows, "S1 monthly charge run fired on two instances at once", lambda: s1(db, month, fire, a, b))
            case(rows, "S2 bank import resumed after SIGKILL", lambda: s2(db, month, a, b, sent))
            case(rows, "S4 a request in flight when the instance is told to stop is answered", lambda: s4(db, b, sent))
    finally:
        a.stop()
        b.stop()
    case(rows, "S3 prod log: JSON lines, correlation id, no identity numbers", lambda: (
        "{} JSON lines of A and B, {} request lines each with its correlation id, {} sent ids found, no 11-digit "
        "number".format(*check_logs([a, b], sent), len(sent))))


def s1(db, month, fire, a, b):
    check(datetime.now() < fire - timedelta(seconds=1),
          f"both instances were up only after the firing at {fire:%H:%M:%S}: set BTA_REL_FIRE_AFTER higher")
    time.sleep(max(0.0, (fire - datetime.now()).total_seconds()) + 2)
    t0 = time.time()
    while time.time() - t0 < 60:
        runs = h.psql(db, f"SELECT id, state, started_by, total, created FROM charge_run WHERE period = DATE '{month}'")
        if runs and all(r[1] != "RUNNING" for r in runs):
            break
        time.sleep(0.5)
    time.sleep(3)  # a second run started late by the other instance would show now
    runs = h.psql(db, f"SELECT id, state, started_by, total, created FROM charge_run WHERE period = DATE '{month}'")
    check(len(runs) == 1 and runs[0][1] == "DONE" and runs[0][2] == "system",
          f"expected one DONE run started by the schedule for {month:%Y-%m}, found {runs}")
    # the other instance's firing happened and did not run the month: its lock was taken or the run was running
    logs = a.log_text() + b.log_text()
    locked = logs.count("Scheduled job monthly-charge-run skipped")
    running = logs.count("Monthly charge run for")
    check(locked + running >= 1, "neither instance logged that it skipped the firing (lock taken or a run "
                                 "running): did the schedule fire on both?")
    n = check_run_charges(db, month)
    how = "found the lock taken" if locked else "found the month run or running"
    return (f"1 run DONE ({runs[0][4]} charges); the other instance's firing {how}; {n} eligible agreements, "
            f"each with one RUN charge")


def s2(db, month, a, b, sent, payments=3000):
    kids = [k for (k,) in h.psql(db, f"SELECT kid FROM charge WHERE period = DATE '{month}' ORDER BY kid")]
    items = []
    for i in range(payments):
        kid = kids[i % len(kids)] if kids and i % 2 == 0 else "77" + f"{i:08d}"
        # each line its own archive reference (the check below counts them): random ones of 7 hex digits met twice
        # in 3 000 lines about once in 60 runs; the database is new for every run
        items.append((i + 1, kid, 10_000 + i, date.today(), "RL" + f"{i:07d}"))
    file = h.ocr_file(items, date.today())
    okonomi = h.Tokens("okonomi1")
    cid = f"rel-import-{uuid.uuid4().hex[:12]}"
    status, body, _ = h.call(a.base, "POST", "/api/egenbetaling/imports?filename=rel.ocr", okonomi(), file,
                             {"Content-Type": "text/plain", "X-Correlation-Id": cid})
    check(status == 202, f"the import answered {status}: {body[:200]!r}")
    sent.append((a, cid))
    job = json.loads(body)["id"]
    killed_at, r, took = kill_midway(a, b, f"/api/egenbetaling/imports/{job}", okonomi, "import")
    check(r["state"] == "DONE" and r["done"] == r["total"] == payments,
          f"the import ended {r['state']} with {r['done']}/{r['total']} of {payments}: {r.get('error')}")
    stored = h.psql(db, f"SELECT split_part(source_reference, ':', 3) FROM payment WHERE import_id = '{job}'")
    refs = [x for (x,) in stored]
    wanted = {it[4] for it in items}
    twice = len(refs) - len(set(refs))
    check(len(refs) == payments and set(refs) == wanted and twice == 0,
          f"{len(refs)} payments stored for {payments} lines: {len(wanted - set(refs))} missing, {twice} twice")
    return f"killed at {killed_at}/{payments}, DONE on B {took:.1f} s later; {payments} payments, each once"


def hold_lock(db, table, hold):
    """A psql session of its own that holds `LOCK TABLE <table> IN ACCESS EXCLUSIVE MODE` for `hold` seconds;
    returns the process once the lock is granted (in its own process group, so that it can be ended with killpg)."""
    cmd = ["psql", "-qtAX", "-d", db, "-c",
           f"BEGIN; LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep({hold}); COMMIT;"]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--"] + cmd
    locker = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    t = time.time()
    while not h.psql(db, "SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.granted AND "
                         f"c.relname = '{table}' AND l.mode = 'AccessExclusiveLock' AND l.database = "
                         "(SELECT oid FROM pg_database WHERE datname = current_database())", superuser=True):
        if locker.poll() is not None or time.time() - t > 10:
            if locker.poll() is None:
                os.killpg(locker.pid, signal.SIGKILL)
            raise Failed(f"the psql session did not get its lock on {table}: {locker.communicate()[1]!r}")
        time.sleep(0.05)
    return locker


def s4(db, inst, sent, hold=4.0):
    """SIGTERM (what Kubernetes sends after the pod's preStop) while a request is still being answered: the
    instance finishes it (quarkus.shutdown.timeout) and only then ends. The request is held in flight by a lock on
    its table for `hold` seconds; it is sent with a correlation id of its own, which S3 then looks for in the log.
    The instance is not started again: no case after this one may use it."""
    check(inst.alive(), f"{inst.name} is not running")
    tok = h.token("bakklandet1")
    cid = f"rel-s4-{uuid.uuid4().hex[:12]}"
    answer = {}
    locker = hold_lock(db, "facility", hold)
    try:
        t0 = time.time()

        def ask():
            try:
                answer["status"] = h.call(inst.base, "GET", "/api/facilities", tok, timeout=60,
                                          headers={"X-Correlation-Id": cid})[0]
            except GONE as e:
                answer["status"] = f"{type(e).__name__}: {e}"
            answer["at"] = time.time()
        asker = threading.Thread(target=ask)
        asker.start()
        # in flight: the backend's session waits for the lock
        t = time.time()
        while not h.psql(db, f"SELECT 1 FROM pg_stat_activity WHERE datname = '{db}' AND usename = '{h.RUNTIME_USER}' "
                             "AND wait_event_type = 'Lock'", superuser=True):
            check(locker.poll() is None, "the session holding the lock ended before the request waited for it")
            check(time.time() - t < 5, "the request's statement did not wait for the lock within 5 s")
            time.sleep(0.05)
        check(not answer, f"GET /api/facilities was answered ({answer.get('status')}) while facility was locked: "
                          f"nothing was in flight, the case proves nothing")
        told = time.time()
        os.killpg(inst.pid, signal.SIGTERM)
        inst.backend.proc.wait(60)
        ended = time.time()
        asker.join(60)
    finally:
        if locker.poll() is None:
            try:
                locker.wait(hold + 10)
            except subprocess.TimeoutExpired:
                os.killpg(locker.pid, signal.SIGKILL)
                locker.wait(10)
    check(answer.get("status") == 200, f"the request in flight when {inst.name} was told to stop got "
                                       f"{answer.get('status')}, not 200")
    check(answer["at"] <= ended, f"{inst.name} ended before it answered the request in flight")
    sent.append((inst, cid))
    return (f"GET /api/facilities held {hold:.0f} s by a lock, SIGTERM {told - t0:.1f} s into it: answered 200 "
            f"{answer['at'] - told:.1f} s after the signal, the process ended {ended - told:.1f} s after it")


def kill_midway(a, b, path, tok, what, at=0.0, resume_limit=60):
    """Waits until the job at `path` has done more than the fraction `at` of its total on A but not all of it,
    SIGKILLs A, then asks B until the job is no longer RUNNING. Returns (done when A was killed, B's last view of the
    job, seconds from the kill to that view)."""
    t0 = time.time()
    while True:
        r = get_json(a, path, tok())
        if 0 < r["done"] < r["total"] and r["done"] >= r["total"] * at:
            break
        check(r["state"] == "RUNNING", f"the {what} ended ({r['state']}, {r['done']}/{r['total']}) before A could "
                                       f"be killed: give it more to do")
        check(time.time() - t0 < 60, f"the {what} made no progress on A in 60 s")
        time.sleep(0.02)
    a.kill9()
    say(f"{a.name} killed with the {what} at {r['done']}/{r['total']}; {b.name} should take it over after the lease")
    killed, t0 = r["done"], time.time()
    while True:
        r = get_json(b, path, tok())
        if r["state"] != "RUNNING":
            return killed, r, time.time() - t0
        check(time.time() - t0 < resume_limit, f"the {what} is still RUNNING on {b.name} {resume_limit} s after "
                                               f"{a.name} was killed ({r['done']}/{r['total']}): nobody resumed it")
        time.sleep(0.2)


def case(rows, name, fn):
    t0 = time.time()
    say(f"--- {name}")
    try:
        detail = fn()
        rows.append((name, "PASS", detail, time.time() - t0))
    except Failed as e:
        rows.append((name, "FAIL", str(e), time.time() - t0))
    except (Exception, SystemExit) as e:  # a crash of the case itself is a failure with its cause
        traceback.print_exc()
        rows.append((name, "FAIL", f"{type(e).__name__}: {e}", time.time() - t0))
    say(f"{rows[-1][1]}: {rows[-1][2]}")
    return rows[-1][1] == "PASS"


# ------------------------------------------------------------------ main

def table(rows):
    out = ["| case | result | seconds | what was seen |", "|---|---|---|---|"]
    for name, result, detail, secs in rows:
        out.append(f"| {name} | {result} | {secs:.0f} | {str(detail).replace('|', '/')} |")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--smoke", action="store_true", help="S0-S4 only (bin/test)")
    ap.add_argument("--only", default="", help="comma-separated case ids of the full run: S,F1,F2,F3,F4,F5")
    ap.add_argument("--out", default=str(ROOT / "reliability" / "results" / "latest.md"))
    a = ap.parse_args()
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    rows = []
    only = set(filter(None, a.only.split(","))) or {"S", "F1", "F2", "F3", "F4", "F5"}
    if a.smoke or "S" in only:
        smoke(rows)
    if not a.smoke:
        import full  # reliability/full.py: F1-F5
        full.run(rows, only)
    text = table(rows)
    print()
    print(text)
    if not a.smoke:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        machine = (f"{os.cpu_count()} cores, "
                   f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB")
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(f"Run {started:%Y-%m-%d %H:%M} UTC, commit {commit}, {machine}; backends of the jar "
                               f"with -Xmx256m (bench/harness.py's settings). Logs: .cache/logs/reliability/.\n\n"
                               + text)
        say(f"written to {a.out}")
    failed = [r[0] for r in rows if r[1] != "PASS"]
    print(f"{len(rows) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
