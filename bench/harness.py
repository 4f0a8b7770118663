#!/usr/bin/env python3
"""BTA side by side with PostgreSQL: for each scenario the API under wrk beside pgbench running the very
statements the request sent, plus the jobs (charge run, bank file, retention) and start-up.

Called by bench/run (which prepares the database, Keycloak and the backend jar); see bench/README.md.
Only the Python standard library, wrk and pgbench are used. Every load is bounded in time and aimed at
127.0.0.1 only.
"""
import argparse
import functools
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_LOG = Path(os.environ.get("BTA_BENCH_PG_LOG", "/var/log/postgresql/postgresql-15-main.log"))
TOKEN_URL = "http://127.0.0.1:8180/realms/bta/protocol/openid-connect/token"
RUNTIME_USER, RUNTIME_PASSWORD = "bta_app", "bta_app"


# ------------------------------------------------------------------ small helpers

def say(msg):
    print(f"[bench] {msg}", flush=True)


def psql(db, sql, superuser=False):
    """Runs SQL and returns the rows as lists of strings (tab separated, unaligned)."""
    if superuser:
        cmd = ["psql", "-qtAX", "-F", "\t", "-d", db, "-c", sql]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        env = os.environ.copy()
    else:
        cmd = ["psql", "-qtAX", "-F", "\t", "-h", "127.0.0.1", "-U", "bta", "-d", db, "-c", sql]
        env = dict(os.environ, PGPASSWORD="bta")
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def token(user):
    if user == "integration":
        form = {"grant_type": "client_credentials", "client_id": "bta-integration",
                "client_secret": "bta-integration-dev-secret"}
    else:
        form = {"grant_type": "password", "client_id": "bta-cli", "client_secret": "bta-cli-dev-secret",
                "username": user, "password": user}
    data = urllib.parse.urlencode(form).encode()
    with urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=data), timeout=30) as r:
        return json.load(r)["access_token"]


def call(base, method, path, tok=None, body=None, headers=None, timeout=600, meta=None):
    """One request; returns (status, body bytes, seconds). A dict given as `meta` gets the response's headers."""
    h = dict(headers or {})
    if tok:
        h["Authorization"] = "Bearer " + tok
    data = None
    if body is not None:
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        else:
            data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(base + path, data=data, method=method, headers=h)
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            if meta is not None:
                meta["headers"] = r.headers
            return r.status, r.read(), time.perf_counter() - t0
    except urllib.error.HTTPError as e:
        if meta is not None:
            meta["headers"] = e.headers
        return e.code, e.read(), time.perf_counter() - t0


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class CpuMeter:
    """Where the machine's CPU went during one load, in milliseconds per request: the backend process, PostgreSQL's
    processes (every process named postgres on the machine, with what the postmaster's ended children used: the
    sessions pgbench opens end with it; a session reaped between the two reads of one pass may be missed), the load
    client (wrk or pgbench, a child of this script, counted once it has exited) and the rest of the machine: anything
    else running, and what the kernel's count of busy time holds beyond the processes' own. On a kernel that counts
    by ticks (this one), interrupts and softirqs, the loopback network's among them, are charged to the process they
    interrupt. With both cores busy, requests a second can be no more than the cores' milliseconds a second over the
    sum: that is what bounds the API beside pgbench on one machine."""
    HZ = os.sysconf("SC_CLK_TCK")

    def __init__(self, backend_pid):
        self.pid = backend_pid

    @staticmethod
    def _cores():
        """Both cores' ticks so far: (busy, waiting for the disk, all). Of user nice system idle iowait irq softirq
        steal, everything but idle and iowait is busy."""
        v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        return sum(v) - v[3] - v[4], v[4], sum(v)

    @classmethod
    def _machine(cls):
        return cls._cores()[0]

    @staticmethod
    def _postgres():
        ticks = 0
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                raw = Path(f"/proc/{d}/stat").read_bytes()  # bytes: a name cut at 15 bytes may not be UTF-8
            except OSError:  # ended while we looked
                continue
            name, rest = raw.split(b"(", 1)[1].rsplit(b")", 1)
            if name == b"postgres":
                f = rest.split()
                ticks += int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])  # utime, stime, cutime, cstime
        return ticks

    def _backend(self):
        if self.pid is None:
            return 0
        rest = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(rest[11]) + int(rest[12])  # utime, stime

    @staticmethod
    def _children():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def measure(self, run):
        """Runs `run()` (which returns a dict with "count", the requests or transactions done) and adds "cpu"."""
        m0, b0, p0, c0, t0 = self._machine(), self._backend(), self._postgres(), self._children(), time.monotonic()
        out = run()
        m1, b1, p1, c1, t1 = self._machine(), self._backend(), self._postgres(), self._children(), time.monotonic()
        n = max(1, out.get("count") or 0)
        machine_ms = (m1 - m0) * 1000 / self.HZ
        backend_ms = (b1 - b0) * 1000 / self.HZ
        postgres_ms = (p1 - p0) * 1000 / self.HZ
        client_ms = (c1 - c0) * 1000
        out["cpu"] = {"backend": backend_ms / n, "client": client_ms / n, "postgres": postgres_ms / n,
                      "rest": max(0.0, machine_ms - backend_ms - postgres_ms - client_ms) / n,
                      "busy": machine_ms / ((t1 - t0) * 1000 * (os.cpu_count() or 1))}
        return out


class JobMeter(CpuMeter):
    """Where the machine's time went while one job ran, in seconds of CPU: the backend, PostgreSQL's processes and the
    rest (as CpuMeter counts them; the harness itself only waits), with the share of both cores busy and the share
    waiting for the disk (the kernel's iowait: a core idle while a read or write it started is under way)."""

    def __init__(self, backend_pid):
        super().__init__(backend_pid)
        self.rows = []

    def job(self, label, run):
        """Runs `run()` and keeps a row for `label`; returns what `run()` returned and the seconds it took."""
        (m0, w0, a0), b0, p0, t0 = self._cores(), self._backend(), self._postgres(), time.monotonic()
        out = run()
        (m1, w1, a1), b1, p1, t1 = self._cores(), self._backend(), self._postgres(), time.monotonic()
        s = 1 / self.HZ
        backend, postgres, machine = (b1 - b0) * s, (p1 - p0) * s, (m1 - m0) * s
        self.rows.append({"job": label, "seconds": t1 - t0, "backend": backend, "postgres": postgres,
                          "rest": max(0.0, machine - backend - postgres), "busy": (m1 - m0) / max(1, a1 - a0),
                          "iowait": (w1 - w0) / max(1, a1 - a0)})
        return out, t1 - t0


class OwnTimes:
    """The backend's own time for each request of one load, from its HTTP access log (`%D`: whole milliseconds from
    the request's arrival in the server to its response's end; application.properties, on in production). Beside
    wrk's time, which also holds the way through the kernel's sockets and wrk itself, it shows whether a slow request
    was slow in the backend or before and after it."""
    ENTRY = re.compile(r"^(\S+) (\S+) (\d{3}) \S+ (\d+) ms")

    def __init__(self, log_path):
        self.path = Path(log_path)
        self.mark = self.path.stat().st_size

    @staticmethod
    def around(backend, scn, run, settle):
        """Runs one load (`run()`, a dict) and adds "own": the backend's times for the scenario's requests, read once
        `settle` seconds have let the last lines reach the log."""
        own = OwnTimes(backend.log_path)
        out = run()
        time.sleep(settle)
        out["own"] = own.since_mark(scn["method"], scn["path"])
        return out

    def since_mark(self, method, path):
        """p50, p99 and count of the requests to `method` `path` (its query left off) logged since the mark."""
        target = path.split("?", 1)[0]
        with open(self.path, "rb") as f:
            f.seek(self.mark)
            raw = f.read()
        times = []
        for line in raw.decode("utf-8", "replace").splitlines():
            if '"io.quarkus.http.access-log"' not in line:
                continue
            try:
                m = self.ENTRY.match(json.loads(line).get("message", ""))
            except ValueError:  # a line cut at the read's end
                continue
            if m and m.group(1) == method and m.group(2) == target:
                times.append(int(m.group(4)) / 1000)
        times.sort()
        return {"p50": pct(times, 50), "p99": pct(times, 99), "count": len(times)}


# ------------------------------------------------------------------ the backend

DEPLOYMENT = ROOT / "deploy" / "kubernetes" / "base" / "backend" / "deployment.yaml"


def java_bin():
    """The java launcher the backend runs on (bench/run and reliability/run pick the JDK: JAVA_HOME)."""
    return Path(os.environ.get("JAVA_HOME", "/usr")) / "bin" / "java"


def java_feature():
    """The feature release of the JDK the backend runs on (21, 25, ...)."""
    out = subprocess.run([str(java_bin()), "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)', out)
    return int(m.group(1)) if m else 0


@functools.cache  # read once per run: reliability/ starts several backends
def production_jvm():
    """The JVM options production runs the backend with: JAVA_TOOL_OPTIONS of its Deployment (the image's own
    JAVA_TOOL_OPTIONS must say the same; deploy/kubernetes/check compares them). The benchmark measures those.
    On a JDK before 22 (the image runs 25; bin/ accepts 21) TrimNativeHeapInterval is not a product option and the
    JVM would refuse to start, so it is left out there."""
    m = re.search(r'- name: JAVA_TOOL_OPTIONS\s+value: "([^"]+)"', DEPLOYMENT.read_text())
    if not m:
        raise SystemExit(f"no JAVA_TOOL_OPTIONS in {DEPLOYMENT}")
    options = [o for o in m.group(1).split() if not o.startswith("-Djava.io.tmpdir")]
    if java_feature() < 22:
        options = [o for o in options if not o.startswith("-XX:TrimNativeHeapInterval")]
    return tuple(options)


class Backend:
    """The packaged backend as its own process, with production's JVM options (production_jvm) unless the caller
    gives others (jvm=..., for a comparison), plus extra options of this run (a profile, an AOT cache)."""

    FAST_JAR = ROOT / "backend" / "target" / "quarkus-app" / "quarkus-run.jar"
    # the same build packaged as the image packs it for the JDK's AOT cache (bench/run and backend/Dockerfile:
    # -Dquarkus.package.jar.type=aot-jar): every class on the JDK's own class path, which the cache needs (it cannot
    # hold classes of Quarkus's own class loader)
    AOT_JAR = ROOT / "backend" / "target" / "aot" / "quarkus-run.jar"

    def __init__(self, db, port, log_dir, jfr=None, extra=(), env=None, log_name=None, jvm=None, jar=None):
        self.db, self.port, self.log_dir, self.jfr = db, port, log_dir, jfr
        self.jar = jar or self.FAST_JAR
        self.jvm = list(jvm or production_jvm())
        self.extra = list(extra)
        # settings of this instance over the harness's (reliability/ runs several with their own schedules, database
        # URL and log file)
        self.env, self.log_name = dict(env or {}), log_name
        self.base = f"http://127.0.0.1:{port}"
        self.proc = None

    def start(self):
        env = dict(os.environ,
                   QUARKUS_HTTP_PORT=str(self.port),
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{self.db}",
                   BTA_DEMO_DATA="false",
                   BTA_PERSONS_ALLOW_SYNTHETIC_NUMBERS="true",
                   # the sweep for stalled jobs runs once a minute and once landed its statements in a scenario's
                   # captured SQL; it matters only after a crash (reliability/ runs it every second, its own setting)
                   BTA_JOBS_SWEEP_EVERY="1h",
                   MALLOC_ARENA_MAX="2")
        env.update(self.env)
        jvm = self.jvm + self.extra
        if self.jfr:  # a CPU profile of the whole run: jfr view hot-methods <file>
            jvm.append(f"-XX:StartFlightRecording=filename={self.jfr},settings=profile")
        cmd = [str(java_bin())] + jvm + ["-jar", str(self.jar)]
        self.options = " ".join(jvm)
        self.log_path = self.log_dir / (self.log_name or ("backend.log" if not self.extra else "backend-aot.log"))
        self.log = open(self.log_path, "w")
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, cwd=ROOT / "backend", env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        return cmd

    def first_200(self, tok, path="/api/facilities", limit=180):
        while time.perf_counter() - self.t0 < limit:
            if self.proc.poll() is not None:
                raise SystemExit(f"the backend stopped; see {self.log_dir / 'backend.log'}")
            try:
                status, _, _ = call(self.base, "GET", path, tok, timeout=5)
                if status == 200:
                    return time.perf_counter() - self.t0
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        raise SystemExit(f"no 200 from {path} within {limit} s; see {self.log_dir / 'backend.log'}")

    def stop(self, wait=45):
        """SIGTERM, then SIGKILL if the process has not ended after `wait` s: longer than the backend's own bound on
        stopping (requests in flight up to quarkus.shutdown.timeout, 20 s, then the jobs' hand-on, up to 10 s)."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(wait)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait(10)


# ------------------------------------------------------------------ capturing the SQL of one request

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*)@(\S*) ([A-Z]+):  (.*)$")
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


class Capture:
    """Statement logging switched on for the moment of one request; only this database's lines are read."""

    def __init__(self, db):
        self.db = db

    def _set(self, value):
        if value is None:
            psql("postgres", "ALTER SYSTEM RESET log_min_duration_statement", superuser=True)
        else:
            psql("postgres", f"ALTER SYSTEM SET log_min_duration_statement = {value}", superuser=True)
        psql("postgres", "SELECT pg_reload_conf()", superuser=True)
        time.sleep(0.3)  # every backend process takes the reload at its next command

    def statements(self, send):
        self._set(0)
        start = PG_LOG.stat().st_size
        try:
            send()
            time.sleep(0.3)
        finally:
            self._set(None)
        with open(PG_LOG, "rb") as f:
            f.seek(start)
            text = f.read().decode("utf-8", "replace")
        return parse_log(text, self.db)


def parse_log(text, db):
    """The executed statements of one database's runtime role with their parameters, in order."""
    entries = []
    for line in text.splitlines():
        m = ENTRY.match(line)
        if m:
            entries.append([m.group(2), m.group(3), m.group(4), m.group(5)])
        elif entries:
            entries[-1][3] += "\n" + line
    out = []
    pending = None
    for user, database, level, msg in entries:
        if database != db or user != RUNTIME_USER:
            continue
        if level == "LOG":
            m = re.match(r"duration: [\d.]+ ms  (execute [^:]*|statement): (.*)$", msg, re.S)
            pending = None
            # an empty statement is the pool checking an idle connection (Agroal's validation, JDBC isValid), not
            # the request's work: the idle pool's check every 10 s once put 16 into control-report's script
            if m and m.group(2).strip().rstrip(";").strip():
                pending = {"sql": m.group(2).strip(), "params": {}}
                out.append(pending)
        elif level == "DETAIL" and pending is not None and msg.startswith("parameters: "):
            pending["params"] = {int(n): v for n, v in PARAM.findall(msg)}
    return out


def literal_sql(stmt):
    """The statement with its parameters written in as literals, ready for pgbench."""
    params = stmt["params"]
    sql = re.sub(r"\$(\d+)\b", lambda m: params.get(int(m.group(1)), m.group(0)), stmt["sql"])
    return sql.rstrip().rstrip(";") + ";"


# ------------------------------------------------------------------ load: wrk and pgbench

WRK_LUA = """
local counter = 0
local threads = {}
function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end
request = function()
  counter = counter + 1
  local headers = {}
  for k, v in pairs(base_headers) do headers[k] = v end
  local b = body
  if unique_key then
    local key = string.format("bench-%s-%d-%d", run_id, thread_id or 0, counter)
    headers["Idempotency-Key"] = key
    b = body:gsub("%%KEY%%", key)
  end
  return wrk.format(method, path, headers, b)
end
-- at a set rate (the half-load pass): each thread hands its connections the next slot of its own schedule, so
-- requests leave at the rate whatever their latency (while fewer than the connections are in flight); the gaps
-- between slots are drawn at random around the mean (exponential, arrivals as pgbench -R makes them)
if rate_per_thread then
  local ffi = require("ffi")
  ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bta_timespec;
  int clock_gettime(int clk, bta_timespec *tp);
  ]]
  local ts = ffi.new("bta_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local period, slot = 1000 / rate_per_thread, nil
  function init(args)
    math.randomseed(os.time() * 10 + (thread_id or 0))  -- each thread its own draws
  end
  function delay()
    local t = now_ms()
    if slot == nil then slot = t end
    local wait = slot - t
    slot = math.max(slot, t - period) - period * math.log(1 - math.random())
    return math.max(0, math.floor(wait))
  end
end
"""


def unit_seconds(value):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    n, u = float(m.group(1)), m.group(2)
    return n * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[u]


def run_wrk(base, scn, tok, connections, seconds, workdir, rate=None):
    """wrk against one scenario, as fast as the connections go, or at `rate` requests per second in all."""
    lua = workdir / f"{scn['name']}.lua"
    threads = min(2, connections)
    headers = {"Authorization": "Bearer " + tok, "Accept": scn.get("accept", "application/json")}
    if scn.get("body") is not None:
        headers["Content-Type"] = "application/json"
    lua.write_text(
        f"method = {json.dumps(scn['method'])}\npath = {json.dumps(scn['path'])}\n"
        f"body = {json.dumps(json.dumps(scn['body'])) if scn.get('body') is not None else 'nil'}\n"
        f"base_headers = {{{', '.join(f'[{json.dumps(k)}] = {json.dumps(v)}' for k, v in headers.items())}}}\n"
        f"unique_key = {'true' if scn.get('idempotency') else 'false'}\nrun_id = {json.dumps(uuid.uuid4().hex[:8])}\n"
        f"rate_per_thread = {rate / threads if rate else 'nil'}\n"
        + WRK_LUA)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
                          "--timeout", "60s", "--latency", "-s", str(lua), base],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    done = re.search(r"(\d+) requests in", out)
    lat = dict(re.findall(r"^\s*(50|99)(?:\.0+)?%\s+(\S+)", out, re.M))
    if "50" not in lat or "99" not in lat:
        raise RuntimeError(f"could not read wrk's output for {scn['name']}:\n{out}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "count": int(done.group(1)) if done else 0,
            "p50": unit_seconds(lat["50"]), "p99": unit_seconds(lat["99"]),
            "non2xx": int(bad.group(1)) if bad else 0, "socket_errors": errors.group(1) if errors else "", "raw": out}


def run_pgbench(db, script_sql, clients, seconds, workdir, name, rate=None):
    """pgbench running one captured script, as fast as the clients go, or at `rate` transactions per second."""
    script = workdir / f"{name}.sql"
    script.write_text(script_sql)
    logdir = workdir / f"pgbench-{name}"
    shutil.rmtree(logdir, ignore_errors=True)
    logdir.mkdir()
    # the session settings the backend's connections start with (application.properties: JIT off)
    env = dict(os.environ, PGPASSWORD=RUNTIME_PASSWORD, PGOPTIONS="-c jit=off")
    # prepared once per client, as the driver prepares the statements it sends again and again; pgbench reads
    # ":name" as a variable, so a script whose literals hold such text runs unprepared
    mode = "simple" if re.search(r"(?<![:\w]):[A-Za-z_]", script_sql) else "prepared"
    res = subprocess.run(["pgbench", "-n", "-M", mode, "-h", "127.0.0.1", "-U", RUNTIME_USER, "-c", str(clients),
                          "-j", str(min(2, clients)), "-T", str(seconds), "-f", str(script), "-l"]
                         + (["-R", f"{rate:.1f}"] if rate else []) + [
                          "--log-prefix", str(logdir / "tx"), db],
                         env=env, capture_output=True, text=True, timeout=seconds + 120)
    if res.returncode != 0 or "tps" not in res.stdout:
        raise RuntimeError(f"pgbench failed for {name}: {res.stderr[-2000:]}")
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", res.stdout).group(1))
    lat = []
    for f in logdir.iterdir():
        for line in f.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3:
                # at a set rate the logged time counts from the transaction's slot; less its lag behind the slot
                # (7th field) it counts from its start, as wrk's latency counts from the request's sending
                lag = int(parts[6]) if rate and len(parts) >= 7 else 0
                lat.append((int(parts[2]) - lag) / 1e6)
    lat.sort()
    failed = re.search(r"number of failed transactions: (\d+)", res.stdout)
    done = re.search(r"number of transactions actually processed: (\d+)", res.stdout)
    return {"tps": tps, "count": int(done.group(1)) if done else len(lat), "p50": pct(lat, 50), "p99": pct(lat, 99),
            "failed": int(failed.group(1)) if failed else 0, "mode": mode}


def pct(values, p):
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(p / 100 * len(values)) - 1))
    return values[k]


# ------------------------------------------------------------------ scenarios

def fixtures(db):
    """Ids the scenarios need, read from the bench database."""
    def one(sql):
        rows = psql(db, sql)
        return rows[0][0] if rows else None
    f = {}
    f["facility"] = "bakklandet"
    # the ledger read: the longest active stay whose ledger holds only what the generator wrote (payment-post
    # pays onto an agreement elsewhere, so this ledger does not grow with every run)
    f["agreement"] = one("SELECT a.id FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id "
                         "WHERE a.facility_id = 'bakklandet' AND s.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 "
                         "FROM payment p WHERE p.agreement_id = a.id AND p.source_reference LIKE 'bench-%') "
                         "ORDER BY a.start_date LIMIT 1")
    f["intake"] = one("SELECT i.id FROM intake i JOIN intake_state s ON s.intake_id = i.id "
                      "WHERE s.status = 'WAITING' ORDER BY i.id LIMIT 1")
    f["family"] = one("SELECT p.family_name FROM agreement a JOIN person p ON p.id = a.person_id "
                      "WHERE a.facility_id = 'bakklandet' ORDER BY a.start_date DESC LIMIT 1")
    # payment-post pays by the KID of an agreement at another facility, one no read scenario asks for: a run's
    # thousands of payments onto one agreement (no real ledger holds them) would otherwise be read by one facility's
    # statistics as lines after their last day (2 745 payments at 2026-12-06 00:05: its arrears statement took
    # 0.8-1.3 ms, against 0.3 ms for a last day after them)
    f["kid"] = one("SELECT c.kid FROM charge c JOIN agreement a ON a.id = c.agreement_id "
                   "WHERE a.facility_id = 'heidrunsenteret' ORDER BY c.period DESC, a.start_date DESC LIMIT 1") \
        or one("SELECT c.kid FROM charge c JOIN agreement a ON a.id = c.agreement_id "
               "WHERE a.facility_id <> 'bakklandet' ORDER BY c.period DESC, a.start_date DESC LIMIT 1")
    f["feed_after"] = one("SELECT greatest(coalesce(max(id) - 1000, 0), 0) FROM change_event") or "0"
    f["today"] = date.today().isoformat()
    return f


def scenarios(f):
    # whole calendar months (R-STA-2): ten years up to the end of last month
    last_month_end = date.today().replace(day=1) - timedelta(days=1)
    ten_years = f"from={date.today().year - 10}-01-01&to={last_month_end.isoformat()}"
    s = [
        # the floor: a signed-in request that reads nothing but writes its access-log row (what every request pays)
        ("me", "bakklandet1", "GET", "/api/me", None),
        ("facilities", "bakklandet1", "GET", "/api/facilities", None),
        ("agreements", "bakklandet1", "GET", f"/api/agreements?facility={f['facility']}", None),
        ("agreements-overstay", "bakklandet1", "GET", f"/api/agreements?facility={f['facility']}&overstay=true", None),
        ("arrears-facility", "okonomi1", "GET", f"/api/egenbetaling/arrears?facility={f['facility']}", None),
        ("waiting-list", "esikt1", "GET", "/api/intakes?status=WAITING&sort=priority", None),
        ("application", "esikt1", "GET", f"/api/intakes/{f['intake']}", None),
        ("agreement-ledger", "bakklandet1", "GET", f"/api/agreements/{f['agreement']}/ledger", None),
        ("vacancies", "esikt1", "GET", "/api/vacancies", None),
        ("change-feed", "integration", "GET", f"/api/events?after={f['feed_after']}&limit=100", None),
        ("overview", "bakklandet1", "GET", "/api/overview", None),
        ("statistics-facility", "bakklandet1", "GET", f"/api/statistics?facility={f['facility']}&{ten_years}", None),
        ("statistics-all", "kontroll1", "GET", f"/api/statistics?facility=alle&{ten_years}", None),
        ("control-report", "kontroll1", "GET",
         f"/api/control-reports?facility={f['facility']}&from={date.today().year}-01-01&to={f['today']}", None),
        ("person-search", "bakklandet1", "POST", "/api/persons/search", {"query": f["family"] or "Berg"}),
        ("payment-post", "okonomi1", "POST", "/api/egenbetaling/payments",
         {"kid": f["kid"], "amountOre": 100, "paidOn": f["today"], "sourceReference": "%KEY%"}),
    ]
    out = []
    for name, user, method, path, body in s:
        scn = {"name": name, "user": user, "method": method, "path": path, "body": body}
        if name == "payment-post":
            scn["idempotency"] = True
        if name == "statistics-all":
            # one request reads ten years of the whole municipality (seconds, not milliseconds): one connection on
            # each side, so that the table shows what one such request costs rather than eight queued behind each other
            scn["connections"] = 1
        out.append(scn)
    return out


def send_once(backend, scn, tok):
    headers = {}
    body = scn.get("body")
    if scn.get("idempotency"):
        key = "bench-capture-" + uuid.uuid4().hex[:16]
        headers["Idempotency-Key"] = key
        body = dict(body, sourceReference=key)
    return call(backend.base, scn["method"], scn["path"], tok, body, headers)


def checkpoint_now(db):
    """Writes what is not yet on disk (a CHECKPOINT at full speed) before something is timed; returns its seconds."""
    t = time.perf_counter()
    psql(db, "CHECKPOINT", superuser=True)
    return time.perf_counter() - t


def quiet(db, limit=120):
    """Waits until the backend's role has sent nothing to the bench database for two seconds: requests of a scenario
    slower than its load (still running after wrk stopped) would otherwise run on into the next measurement, and
    their statements into the next capture. Cancels what still runs after `limit` seconds. Returns the seconds
    waited."""
    t = time.perf_counter()
    # busy: a statement running, or one that ended less than two seconds ago (a request between its statements)
    busy = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = '%s' "
            "AND (state <> 'idle' OR state_change > now() - interval '2 seconds')" % RUNTIME_USER)
    cancelled = False
    while time.perf_counter() - t < 3 * limit:
        if psql(db, busy, superuser=True)[0][0] == "0":
            if cancelled:
                say(f"  statements still running after {limit} s were cancelled")
            return time.perf_counter() - t
        if time.perf_counter() - t > limit:
            psql(db, "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                     "AND usename = '%s' AND state = 'active'" % RUNTIME_USER, superuser=True)
            cancelled = True
        time.sleep(0.5)
    raise SystemExit(f"the backend kept sending statements for {3 * limit} s after its load stopped")


# ------------------------------------------------------------------ jobs

def ocr_file(items, settle):
    """A bank OCR file (the BBS/Nets layout the import reads): (tx, kid, øre, paid date, archive) per payment."""
    def rec(s):
        return s.ljust(80, "0")[:80]
    d = settle.strftime("%d%m%y")
    lines = [rec("NY000010" + "00008080" + "0000001" + "00008080"),
             rec("NY090020" + "000000000" + "0000001" + "86011117947")]
    total = 0
    for tx, kid, ore, paid, archive in items:
        lines.append(("NY091330" + f"{tx:07d}" + d + "01" + "00" + "0" + "00001" + "0" + f"{ore:017d}"
                      + kid.rjust(25) + "00").ljust(80))
        lines.append(("NY091331" + f"{tx:07d}" + "0000000000" + archive + " " + paid.strftime("%d%m%y")
                      + "00000000000").ljust(80))
        total += ore
    n = len(items)
    lines.append(rec("NY090088" + f"{n:08d}" + f"{n * 2 + 2:08d}" + f"{total:017d}" + d))
    lines.append(rec("NY000089" + f"{n:08d}" + f"{n * 2 + 4:08d}" + f"{total:017d}" + d))
    return "\n".join(lines) + "\n"


def wait_job(backend, path, tok_fn, limit=900):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        status, body, _ = call(backend.base, "GET", path, tok_fn())
        if status != 200:
            raise RuntimeError(f"{path} answered {status}: {body[:300]!r}")
        r = json.loads(body)
        if r.get("state") not in ("RUNNING", "QUEUED", "PENDING", "STARTED"):
            return r, time.perf_counter() - t0
        time.sleep(0.2)
    raise RuntimeError(f"{path} did not finish in {limit} s")


def start_and_wait(backend, path, tok_fn, body=None, headers=None, jobs_path=None, timeout=600):
    """POSTs a job and waits for its end: (status, the job's last state as a dict), or (status, the answer's bytes)
    when it was not accepted. A job still running is polled at `jobs_path` (by default `path`) + its id; one that
    answers when it is done (retention, a small bank file) is not."""
    status, answer, _ = call(backend.base, "POST", path, tok_fn(), body, headers, timeout=timeout)
    if status not in (200, 201, 202):
        return status, answer
    r = json.loads(answer)
    if r.get("state") in ("RUNNING", "QUEUED", "PENDING", "STARTED") and r.get("id"):
        r, _ = wait_job(backend, f"{jobs_path or path}/{r['id']}", tok_fn)
    return status, r


def jobs(backend, db, payments, with_retention, meter):
    """The jobs, each timed from its request to its end, and `meter` (a JobMeter) keeping where the machine's time
    went meanwhile. A job that fails or outlasts the harness's wait is a row saying so, and the others still run. The
    jobs change the data (charges, payments, anonymised persons): measure them again on a freshly generated
    database."""
    rows = []
    for name, job in (("charge run", charge_runs), ("bank file", bank_files), ("retention run", retention_run)):
        if name == "retention run" and not with_retention:
            continue
        try:
            new = job(backend, db, payments, meter)
        except (Exception, SystemExit) as e:  # a failed query, a bad answer, a timeout: a row, and on
            new = [(name, "did not finish", f"{type(e).__name__}: {e}"[:200])]
        for row in new:
            say(f"{row[0]}: {row[1]}; {row[2]}")
        rows += new
    return rows


def charge_runs(backend, db, payments, meter):
    """The month's run over every active agreement. The generator charges this month already, so the run creates its
    charges for next month (a run may be made up to a month ahead) while nothing is charged there yet; on a data set
    where a run made next month already, this month's is run again and creates nothing."""
    rows = []
    okonomi = Tokens("okonomi1")
    today = date.today()
    following = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    uncharged = psql(db, f"SELECT NOT EXISTS (SELECT 1 FROM charge WHERE period = DATE '{following.isoformat()}')")[0][0]
    period = (following if uncharged == "t" else today).strftime("%Y-%m")
    # from a checkpoint, as PostgreSQL alone below: each page's first change after one writes the whole page to the
    # WAL, which costs a run over 40 000 agreements (whose index pages lie all over) about a third of its time
    checkpoint_now(db)
    for label in ("charge run", "charge run again"):
        (status, r), took = meter.job(f"{label} {period}", lambda: start_and_wait(
            backend, "/api/egenbetaling/charge-runs", okonomi, {"period": period}))
        if status not in (200, 201, 202):
            rows.append((label, f"answered {status}", r[:200].decode("utf-8", "replace")))
            continue
        rows.append((f"{label} {period}", f"{took:.1f} s",
                     f"agreements {r.get('total')}, created {r.get('created')}, corrected {r.get('corrected')}"))
        if label == "charge run" and r.get("created") and r.get("id"):
            rows.append(charges_alone(db, uuid.UUID(r["id"]), r["created"] + (r.get("corrected") or 0), meter))
    return rows


def charges_alone(db, run, written, meter):
    """PostgreSQL alone beside the run: the charges it created written again by one INSERT … SELECT, for the month
    after (nothing is charged there), with the same KIDs drawn, the same triggers and indexes, then rolled back. It
    leaves out what the run does besides (reading the agreements' days, fees and booked lines, locking them, two
    writers). A CHECKPOINT before it, as before the run, and one after it, so that its pages are not written during
    the next job; neither is timed."""
    sql = f"""BEGIN;
        INSERT INTO charge (id, agreement_id, period, kind, amount_ore, days, due_date, kid, run_id, cause, booked_on,
                            booked_period)
        SELECT uuid_in_time_order(), c.agreement_id, (c.period + INTERVAL '1 month')::date, c.kind, c.amount_ore, c.days,
               (c.due_date + INTERVAL '1 month')::date, kid_mod10(lpad(nextval('kid_seq')::text, 9, '0')), NULL, c.cause,
               current_date, booked_month((c.period + INTERVAL '1 month')::date, (SELECT first_open_month()))
        FROM charge c WHERE c.period = (SELECT period FROM charge_run WHERE id = '{run}') AND c.run_id = '{run}';
        ROLLBACK;"""
    checkpoint_now(db)
    _, took = meter.job("the same charges in PostgreSQL alone", lambda: psql(db, sql))
    checkpoint_now(db)
    return ("the same charges in PostgreSQL alone", f"{took:.1f} s",
            f"{written} rows by one INSERT … SELECT (triggers and indexes as the run's), rolled back")


def bank_files(backend, db, payments, meter):
    rows = []
    okonomi = Tokens("okonomi1")
    kids = [k for (k,) in psql(db, f"SELECT kid FROM charge WHERE period = date_trunc('month', current_date)::date "
                                    f"ORDER BY kid LIMIT {payments // 2}")]
    items = []
    for i in range(payments):
        kid = kids[i // 2] if i % 2 == 0 and i // 2 < len(kids) else "77" + f"{i:08d}"
        items.append((i + 1, kid, 250_000, date.today(), "BR" + uuid.uuid4().hex[:7].upper()))
    file = ocr_file(items, date.today())
    for label in ("bank file", "same bank file again"):
        (status, r), took = meter.job(label, lambda: start_and_wait(
            backend, "/api/egenbetaling/imports?filename=bench.ocr", okonomi, file, {"Content-Type": "text/plain"},
            jobs_path="/api/egenbetaling/imports"))
        if status not in (200, 201, 202):
            rows.append((label, f"answered {status}", r[:200].decode("utf-8", "replace")))
            continue
        rows.append((f"{label} ({payments} payments)", f"{took:.1f} s",
                     f"state {r.get('state')}, matched {r.get('matched')}, unmatched {r.get('unmatched')}, "
                     f"duplicates {r.get('duplicates')}"))
    return rows


def retention_run(backend, db, payments, meter):
    hvk = Tokens("hvk1")
    persons = psql(db, "SELECT count(*) FROM person")[0][0]
    # the run answers when it is done (synchronous): allow it as long as a job may take
    (status, r), took = meter.job("retention run", lambda: start_and_wait(backend, "/api/retention/runs", hvk,
                                                                          timeout=1800))
    if status not in (200, 201, 202):
        return [("retention run", f"answered {status}", r[:200].decode("utf-8", "replace"))]
    return [(f"retention run ({persons} persons)", f"{took:.1f} s",
             json.dumps({k: v for k, v in r.items() if isinstance(v, (int, str)) and k != "id"})[:160])]


IMAGE = ROOT / "backend" / "Dockerfile"


def image_cache_start():
    """The options of the start by which the image's build writes its AOT cache (backend/Dockerfile's RUN [timeout N]
    java -XX:AOTCacheOutput=… … -jar), and the line its log must hold (the start stopped at the database): read from
    the Dockerfile, so that the benchmark measures what the image does. None when the Dockerfile says otherwise."""
    text = IMAGE.read_text()
    m = re.search(r"RUN (?:timeout \d+ )?java -XX:AOTCacheOutput=\S+((?:\s+(?:\\\n)?\s*-D\S+)*)\s+(?:\\\n\s*)?-jar", text)
    stop = re.search(r"grep -q '([^']+)' /tmp/aot\.log", text)
    if not m or not stop:
        return None
    return re.findall(r"-D\S+", m.group(1)), stop.group(1)


def aot_start(a, log_dir, chosen, tokens, workdir):
    """Start-up as the image starts (backend/Dockerfile): the aot-jar packaging with the JDK's ahead-of-time cache
    (JEP 483/514, JDK 25) that the image's build writes by a start with no database (Quarkus leaves the migrations
    out, stops at the application's first statement and the JVM writes the cache as it exits); then a start with that
    cache is timed to its first 200."""
    cache = log_dir / "bta.aot"
    cache.unlink(missing_ok=True)
    rows = []

    def failed(why):
        return [("start with an AOT cache", "–", why)]

    if not Backend.AOT_JAR.exists():
        return failed(f"no aot-jar packaging at {Backend.AOT_JAR} (bench/run builds it)")
    image = image_cache_start()
    if image is None:
        return failed(f"no RUN [timeout N] java -XX:AOTCacheOutput=… -jar with its grep in {IMAGE}")
    options, stop_line = image
    write = Backend(a.db, a.port, log_dir, extra=[f"-XX:AOTCacheOutput={cache}"] + options, jvm=a.jvm,
                    jar=Backend.AOT_JAR, log_name="backend-aot-cache.log")
    t0 = time.perf_counter()
    write.start()
    try:
        code = write.proc.wait(180)  # the start fails at the database, as in the image's build
    except subprocess.TimeoutExpired:
        write.stop(wait=120)
        return failed(f"the image's start did not stop within 180 s (see {write.log.name})")
    written = time.perf_counter() - t0
    if code == 0 or stop_line not in Path(write.log.name).read_text(errors="replace"):
        return failed(f"the image's start did not stop at the database (exit {code}; see {write.log.name})")
    if not cache.exists():
        return failed(f"the image's start wrote no cache (see {write.log.name})")
    # the jobs' writes (the retention run's last) on disk first, so that the start is timed, not a checkpoint
    # spreading them (7.16 s against 3.86-4.75 s alone, 2026-12-05 10:12)
    checkpoint = checkpoint_now(a.db)
    timed = Backend(a.db, a.port, log_dir, extra=[f"-XX:AOTCache={cache}"], jvm=a.jvm, jar=Backend.AOT_JAR)
    timed.start()
    try:
        first = timed.first_200(token("bakklandet1"))
        for scn in chosen:
            run_wrk(timed.base, scn, tokens[scn["user"]](), 2, 2, workdir)
        rows.append(("first 200 after start as the image starts (aot-jar, the AOT cache of its build)", f"{first:.2f} s",
                     f"GET /api/facilities; cache of {cache.stat().st_size / 2**20:.0f} MB written in {written:.0f} s "
                     f"by a start with no database; CHECKPOINT before it {checkpoint:.1f} s"))
        rows.append(("resident memory as the image runs, after 2 s of each scenario",
                     f"{rss_mb(timed.proc.pid):.0f} MB", timed.options))
    finally:
        timed.stop()
    return rows


class Tokens:
    """A user's token, fetched again before it runs out (the development realm gives 5 minutes)."""

    def __init__(self, user):
        self.user, self.tok, self.at = user, None, 0

    def __call__(self):
        if self.tok is None or time.time() - self.at > 200:
            self.tok, self.at = token(self.user), time.time()
        return self.tok


# ------------------------------------------------------------------ main

def half_load_cells(r):
    """The table's three half-load cells of one scenario: the rate (and what each side reached), both p99s."""
    api, pg = r["api_half"], r["pg_half"]
    if not api:
        return "– (too few requests) | – | –"
    reached = f"API {fmt_rate(api['rps'])}" + (f", pgbench {fmt_rate(pg['tps'])}" if pg else "")
    return f"{fmt_rate(r['half'])} ({reached}) | {fmt_ms(api['p99'])} | {fmt_ms(pg['p99']) if pg else '–'}"


def fmt_rate(n):
    """Requests or transactions a second: whole numbers, but one second or more per request keeps its decimals."""
    return f"{n:.0f}" if n >= 10 else f"{n:.2f}"


def fmt_ms(s):
    return "–" if s != s else (f"{s * 1000:.1f}" if s < 10 else f"{s * 1000:.0f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default="bta_bench")
    ap.add_argument("--port", type=int, default=8085)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per scenario and side")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated scenario names")
    ap.add_argument("--payments", type=int, default=100_000)
    ap.add_argument("--no-jobs", action="store_true")
    ap.add_argument("--jvm", type=lambda v: v.split(), default=None,
                    help="JVM options instead of production's (deploy/kubernetes/base/backend/deployment.yaml)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "latest.md"))
    ap.add_argument("--no-aot", action="store_true", help="skip the start-up as the image starts (with its JDK AOT cache)")
    ap.add_argument("--jfr", help="write a Java Flight Recorder profile of the backend to this file")
    ap.add_argument("--smoke", action="store_true", help="one short pass: shows the harness works, measures nothing")
    a = ap.parse_args()

    for tool in ("wrk", "pgbench", "psql"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing (apt-get install -y wrk postgresql-client-15)")
    workdir = Path(tempfile.mkdtemp(prefix="bta-bench-"))
    log_dir = ROOT / ".cache" / "logs" / "bench"
    sql_dir = log_dir / "sql"  # what each scenario sent, as pgbench ran it
    sql_dir.mkdir(parents=True, exist_ok=True)
    backend = Backend(a.db, a.port, log_dir, a.jfr, jvm=a.jvm)
    started = datetime.now(timezone.utc)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    # the generator's (or a job's) writes not yet checkpointed would otherwise be written while the reads are measured:
    # a checkpoint spread its writes over a whole read phase once (2026-12-05 10:00-10:11) and its CPU counted as
    # PostgreSQL's in the table; one now, at full speed, before anything is timed
    checkpoint = None
    if not a.smoke:
        checkpoint = checkpoint_now(a.db)
        say(f"CHECKPOINT before the reads: {checkpoint:.1f} s")
    cmd = backend.start()
    try:
        tok_first = token("bakklandet1")
        first = backend.first_200(tok_first)
        say(f"first 200 after {first:.2f} s ({backend.options})")
        f = fixtures(a.db)
        chosen = [s for s in scenarios(f) if not a.only or s["name"] in a.only.split(",")]
        capture = Capture(a.db)
        meter = CpuMeter(backend.proc.pid)
        tokens = {}
        # warm-up: every scenario under load, with pauses so the JIT compiler threads get the cores
        for scn in chosen:
            tokens.setdefault(scn["user"], Tokens(scn["user"]))
            run_wrk(backend.base, scn, tokens[scn["user"]](), scn.get("connections", a.connections), a.warmup, workdir)
            time.sleep(1 if a.smoke else 3)
        rows = []
        for scn in chosen:
            quiet(a.db)
            conns = scn.get("connections", a.connections)
            tok = tokens[scn["user"]]()
            status, body, secs = send_once(backend, scn, tok)
            stmts = capture.statements(lambda: send_once(backend, scn, tok))
            script = "\n".join(literal_sql(s) for s in stmts) + "\n"
            (sql_dir / f"{scn['name']}.sql").write_text(script)
            api = OwnTimes.around(backend, scn, lambda: meter.measure(
                lambda: run_wrk(backend.base, scn, tok, conns, a.duration, workdir)), 1 if a.smoke else 2)
            quiet(a.db)
            pg = (meter.measure(lambda: run_pgbench(a.db, script, conns, a.duration, workdir, scn["name"]))
                  if stmts else None)
            time.sleep(1 if a.smoke else 2)
            # the same without the access-log row: what the reads alone would allow; half the time (a rate only, no
            # target rests on it), which keeps the whole command under its 30 minutes (31 min 3 s at 2026-12-05 11:45)
            reads = [st for st in stmts if not st["sql"].lstrip().upper().startswith("INSERT INTO ACCESS_LOG")]
            pg_reads = None
            if reads and len(reads) < len(stmts) and not a.smoke:
                reads_sql = "\n".join(literal_sql(st) for st in reads) + "\n"
                pg_reads = meter.measure(lambda: run_pgbench(a.db, reads_sql, conns, max(3, a.duration // 2), workdir,
                                                             scn["name"] + "-reads"))
                time.sleep(2)
            # half the API's peak, both sides at that same rate: how long a request takes when the backend is not
            # saturated (target: API p99 within 10 ms of pgbench's p99)
            half = api["rps"] / 2
            api_half = pg_half = None
            if half * a.duration >= 20:  # fewer requests than that give no p99 (the whole municipality's statistics)
                quiet(a.db)
                api_half = OwnTimes.around(backend, scn, lambda: run_wrk(backend.base, scn, tok, conns, a.duration,
                                                                         workdir, rate=half), 1 if a.smoke else 2)
                pg_half = (run_pgbench(a.db, script, conns, a.duration, workdir, scn["name"] + "-half", rate=half)
                           if stmts else None)
                time.sleep(1 if a.smoke else 2)
            row = {"name": scn["name"] + (f" ({conns} connection{'s' if conns > 1 else ''})" if conns != a.connections
                                          else ""), "status": status, "bytes": len(body), "single": secs,
                   "statements": len(stmts), "api": api, "pg": pg, "pg_reads": pg_reads,
                   "api_half": api_half, "pg_half": pg_half, "half": half}
            rows.append(row)
            say(f"{scn['name']}: {status}, {len(body)} bytes, {len(stmts)} statements; API {fmt_rate(api['rps'])} req/s "
                f"p50 {fmt_ms(api['p50'])} ms p99 {fmt_ms(api['p99'])} ms"
                + (f"; pgbench {fmt_rate(pg['tps'])} tps p50 {fmt_ms(pg['p50'])} ms p99 {fmt_ms(pg['p99'])} ms" if pg else "")
                + (f"; at {half:.0f}/s API p99 {fmt_ms(api_half['p99'])} ms" if api_half else "")
                + (f", pgbench p99 {fmt_ms(pg_half['p99'])} ms" if pg_half else "")
                + (f"; {api['non2xx']} non-2xx" if api["non2xx"] else ""))
            if status >= 400:
                say(f"  {scn['name']} answered {status}: {body[:300]!r}")
        job_meter = JobMeter(backend.proc.pid)
        job_rows = [] if a.no_jobs or a.smoke else jobs(backend, a.db, a.payments, True, job_meter)
        rss = rss_mb(backend.proc.pid)
    finally:
        backend.stop()
    aot_rows = [] if a.smoke or a.no_aot else aot_start(a, log_dir, chosen, tokens, workdir)

    machine = f"{os.cpu_count()} cores, {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB"
    counts = psql(a.db, "SELECT (SELECT count(*) FROM facility), (SELECT count(*) FROM person), "
                        "(SELECT count(*) FROM agreement), (SELECT count(*) FROM charge), (SELECT count(*) FROM payment), "
                        "(SELECT count(*) FROM access_log)")[0]
    lines = [f"Run {started:%Y-%m-%d %H:%M} UTC, commit {commit}, database {a.db} ({counts[0]} facilities, "
             f"{counts[1]} persons, {counts[2]} agreements, {counts[3]} charges, {counts[4]} payments, "
             f"{counts[5]} access-log rows), {machine}; {a.connections} connections, {a.duration} s per side; "
             f"backend `{backend.options}`, MALLOC_ARENA_MAX=2.", "",
             "| scenario | answer | one request ms | SQL per request | API req/s | pgbench tps | ratio | API p50 ms | API p99 ms "
             "| pgbench p50 ms | pgbench p99 ms | pgbench tps without the log row | half load, per s "
             "| API p99 ms at half load | pgbench p99 ms at half load |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        api, pg = r["api"], r["pg"]
        ratio = f"{api['rps'] / pg['tps']:.2f}" if pg and pg["tps"] else "–"
        note = f", {api['non2xx']} non-2xx" if api["non2xx"] else ""
        reads = f"{fmt_rate(r['pg_reads']['tps'])}" if r["pg_reads"] else "–"
        half = half_load_cells(r)
        lines.append(f"| {r['name']} | {r['status']}, {r['bytes'] / 1024:.0f} kB{note} | {fmt_ms(r['single'])} "
                     f"| {r['statements']} "
                     f"| {fmt_rate(api['rps'])} | {fmt_rate(pg['tps'])} | {ratio} | {fmt_ms(api['p50'])} | {fmt_ms(api['p99'])} "
                     f"| {fmt_ms(pg['p50'])} | {fmt_ms(pg['p99'])} | {reads} | {half} |" if pg else
                     f"| {r['name']} | {r['status']}, {r['bytes'] / 1024:.0f} kB{note} | {fmt_ms(r['single'])} | 0 "
                     f"| {fmt_rate(api['rps'])} | – | – "
                     f"| {fmt_ms(api['p50'])} | {fmt_ms(api['p99'])} | – | – | – | {half} |")
    lines += ["", "Where the CPU went at full load, milliseconds per request (API) or per transaction (pgbench): the backend "
              "process, PostgreSQL's processes, the load client (wrk, pgbench) and the rest of the machine (anything "
              "else, and the kernel's busy time beyond the processes' own; interrupts are charged to the process they "
              "interrupt); busy is the share of both cores in use. With the cores full, the ratio is about the sum of pgbench's "
              "side over the sum of the API's. The access log's part of a request: PostgreSQL's CPU an API request less "
              "what the same reads cost it alone (the pgbench pass without the log row), over the backend's and "
              "PostgreSQL's CPU an API request; the backend's own work for the log (the filter, the group commit) is not "
              "in it. pgbench's own transactions with the row cost PostgreSQL more than the API's requests do: each "
              "commits its row alone, in turn under the chain's lock, where the backend shares one commit.", "",
              "| scenario | API: backend | API: PostgreSQL | API: the rest | API: wrk | API: busy | pgbench: PostgreSQL "
              "| pgbench: the rest | pgbench: pgbench | pgbench: busy | pgbench without the log row: PostgreSQL "
              "| the access log's part of an API request's CPU |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c = r["api"].get("cpu")
        p = r["pg"].get("cpu") if r["pg"] else None
        q = r["pg_reads"].get("cpu") if r["pg_reads"] else None
        if c:
            log_part = (f"{q['postgres']:.2f} | {max(0.0, c['postgres'] - q['postgres']) / (c['backend'] + c['postgres']):.0%}"
                        if q and c["backend"] + c["postgres"] > 0 else "– | –")
            lines.append(f"| {r['name']} | {c['backend']:.2f} | {c['postgres']:.2f} | {c['rest']:.2f} | {c['client']:.2f} "
                         f"| {c['busy']:.0%} | "
                         + (f"{p['postgres']:.2f} | {p['rest']:.2f} | {p['client']:.2f} | {p['busy']:.0%} | " if p
                            else "– | – | – | – | ") + log_part + " |")
    lines += ["", "The backend's own time a request, from its access log (whole milliseconds from the request's arrival in the "
              "server to its response's end), beside wrk's, which also holds the way through the kernel's sockets and "
              "wrk: where the two differ, the time went outside the backend's handling of the request. The logged "
              "requests are those the backend finished while the load ran.", "",
              "| scenario | full load: wrk p50 ms | backend p50 ms | wrk p99 ms | backend p99 ms | requests logged "
              "| half load: wrk p99 ms | backend p99 ms | requests logged |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        api, half_api = r["api"], r["api_half"]
        own = api["own"]
        cells = (f"| {fmt_ms(half_api['p99'])} | {fmt_ms(half_api['own']['p99'])} | {half_api['own']['count']} |"
                 if half_api else "| – | – | – |")
        lines.append(f"| {r['name']} | {fmt_ms(api['p50'])} | {fmt_ms(own['p50'])} | {fmt_ms(api['p99'])} "
                     f"| {fmt_ms(own['p99'])} | {own['count']} " + cells)
    lines += ["", "| job / start-up | time | result |", "|---|---|---|",
              f"| first 200 after start, fast-jar without a cache | {first:.2f} s | GET /api/facilities |"]
    if checkpoint is not None:
        lines.append(f"| CHECKPOINT before the reads | {checkpoint:.1f} s | what was written before (the generation) on disk |")
    for label, t, result in job_rows:
        lines.append(f"| {label} | {t} | {result} |")
    lines.append(f"| resident memory after the run | {rss:.0f} MB | {backend.options} |")
    for label, t, result in aot_rows:
        lines.append(f"| {label} | {t} | {result} |")
    if job_meter.rows:
        lines += ["", "Where the machine's time went while each job ran: seconds of CPU in the backend, in PostgreSQL's "
                      "processes and in the rest of the machine (as in the CPU table above), the share of both cores "
                      "busy, and the share of both cores idle while waiting for the disk (iowait).", "",
                  "| job | seconds | backend CPU s | PostgreSQL CPU s | the rest CPU s | both cores busy | waiting for the disk |",
                  "|---|---|---|---|---|---|---|"]
        for j in job_meter.rows:
            lines.append(f"| {j['job']} | {j['seconds']:.1f} | {j['backend']:.1f} | {j['postgres']:.1f} | "
                         f"{j['rest']:.1f} | {j['busy']:.0%} | {j['iowait']:.0%} |")
    table = "\n".join(lines) + "\n"
    print()
    print(table)
    if not a.smoke:
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(table)
        say(f"table written to {a.out}")
    shutil.rmtree(workdir, ignore_errors=True)
    failed = [r["name"] for r in rows if r["status"] >= 400 or (r["pg"] and r["pg"]["failed"])]
    if failed:
        raise SystemExit(f"scenarios that did not answer 2xx or whose SQL failed in pgbench: {', '.join(failed)}")


if __name__ == "__main__":
    main()
