"""The full run's cases F1-F5 (reliability/run without --smoke); the helpers are suite.py's and bench/harness.py's."""
import json
import os
import re
import shutil
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import harness as h
from suite import (ROOT, Failed, Instance, case, check, check_run_charges, fresh_db, gone_request, hold_lock,
                   kill_midway, month_start, run_charges, say)

PG_BIN = Path("/usr/lib/postgresql/15/bin")
NO_SCHEDULES = {"BTA_CHARGES_CRON": "off", "BTA_PAYMENTS_IDEMPOTENCY_IN_PROGRESS_TIMEOUT": "PT5S"}


def run(rows, only):
    pair = None
    try:
        if only & {"F1", "F4", "F5"}:
            pair = DemoPair("bta_rel_full", (8091, 8092))
            if not case(rows, "F0 two instances with demo data for F1, F4, F5", pair.up):
                pair = None
        if pair and "F1" in only:
            case(rows, "F1 SIGKILL during 2 000 concurrent writes over two instances", lambda: f1(pair))
        if pair and "F4" in only:
            case(rows, "F4 change feed read while instances are killed and restarted", lambda: f4(pair))
        if pair and "F5" in only:
            case(rows, "F5 slow database: a table locked, the pool exhausted", lambda: f5(pair))
    finally:
        if pair:
            pair.stop()
    if "F2" in only:
        case(rows, "F2 PostgreSQL stopped (immediate) and started during writes", f2)
    if "F3" in only:
        case(rows, "F3 charge run SIGKILLed halfway, then finished by the other instance", f3)


class DemoPair:
    def __init__(self, db, ports):
        self.db = db
        self.a = Instance("F-A", db, ports[0], dict(NO_SCHEDULES, BTA_DEMO_DATA="true"))
        # F5 waits on a locked table: the statement timeout (8 s) ends the wait before the lock timeout (30 s) would
        self.b = Instance("F-B", db, ports[1], dict(NO_SCHEDULES, BTA_DB_STATEMENT_TIMEOUT="8s",
                                                    BTA_DB_LOCK_TIMEOUT="30s"))

    def up(self):
        fresh_db(self.db)
        self.a.start()
        ta = self.a.ready()
        self.b.start()
        tb = self.b.ready()
        return f"first 200 after {ta:.0f} s (A, loading demo data) and {tb:.0f} s (B)"

    def stop(self):
        self.a.stop()
        self.b.stop()

    def instances(self):
        return [self.a, self.b]

    def restart(self, inst):
        inst.start()
        return inst.ready()


# ------------------------------------------------------------------ writes that survive an instance

class Writer:
    """Writes each sent to a primary instance and, on a connection error, a 5xx or a 409 (the key still held by a
    request that died), sent again to the other with the same key and body, for at most `patience` seconds.
    Records what was acknowledged."""

    def __init__(self, instances, patience=90):
        self.instances, self.patience = instances, patience
        self.integration = h.Tokens("integration")
        self.botiltak = h.Tokens("bakklandet1")
        self.lock = threading.Lock()
        self.acked = []  # (kind, key, id, status)
        self.unacked = []  # (kind, key, last answer)
        self.retried = set()
        self.attempts = 0

    def payment(self, key, primary):
        body = {"kid": "77" + str(abs(hash(key)) % 10**8).rjust(8, "0"), "amountOre": 12_345,
                "paidOn": date.today().isoformat(), "sourceReference": key}
        return self._send("payment", key, primary, "/api/egenbetaling/payments", self.integration, body,
                          {"Idempotency-Key": key})

    def incident(self, key, primary, facility, person):
        body = {"facilityId": facility, "occurredAt": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "personIds": [person], "categories": ["NOISE_AND_DISTURBANCE"], "description": key}
        return self._send("incident", key, primary, "/api/incidents", self.botiltak, body, {})

    def _send(self, kind, key, primary, path, tok, body, headers):
        t0 = time.time()
        target = primary
        last = None
        headers = dict(headers, **{"X-Correlation-Id": key[:100]})
        while time.time() - t0 < self.patience:
            inst = self.instances[target % len(self.instances)]
            status, answer, _ = gone_request(inst.base, "POST", path, tok(), body, headers, timeout=30)
            with self.lock:
                self.attempts += 1
            if status is not None and 200 <= status < 300:
                with self.lock:
                    self.acked.append((kind, key, json.loads(answer)["id"], status))
                return True
            last = (status, answer[:160])
            if status is not None and 400 <= status < 500 and status != 409:
                break  # refused for what it is: a retry would be refused too
            with self.lock:
                self.retried.add(key)
            target += 1
            time.sleep(0.2 if status != 409 else 1.0)
        with self.lock:
            self.unacked.append((kind, key, last))
        return False

    def check_stored(self, db):
        """Every acknowledged write is in the database exactly once, under the id its answer gave."""
        keys = {k for kind, k, _, _ in self.acked if kind == "payment"}
        marks = {k for kind, k, _, _ in self.acked if kind == "incident"}
        pay = {}
        for ref, pid in h.psql(db, "SELECT source_reference, id FROM payment WHERE channel = 'API'"):
            pay.setdefault(ref, []).append(pid)
        inc = {}
        for desc, iid in h.psql(db, "SELECT description, id FROM incident"):
            inc.setdefault(desc, []).append(iid)
        bad = []
        for kind, key, rid, _ in self.acked:
            found = (pay if kind == "payment" else inc).get(key, [])
            if found != [rid]:
                bad.append(f"{kind} {key}: acknowledged as {rid}, stored as {found}")
        return len(keys), len(marks), bad


def f1(pair, writes=2000, workers=16, kill_after=600):
    db = pair.db
    residents = [p for (p,) in h.psql(db, "SELECT DISTINCT a.person_id FROM agreement a WHERE a.facility_id = "
                                          "'bakklandet' AND a.moved_in_on IS NOT NULL AND a.moved_out_on IS NULL")]
    check(residents, "no resident lives at bakklandet in the demo data: no incident can be written")
    w = Writer(pair.instances())
    run_id = uuid.uuid4().hex[:8]
    jobs = []
    for i in range(writes):
        key = f"rel-f1-{run_id}-{i}"
        if i % 4 == 3:
            jobs.append(lambda k=key, i=i: w.incident(k, i, "bakklandet", residents[i % len(residents)]))
        else:
            jobs.append(lambda k=key, i=i: w.payment(k, i))
    killed = {}

    def killer():
        t0 = time.time()
        while len(w.acked) < kill_after and time.time() - t0 < 120:
            time.sleep(0.01)
        pair.a.kill9()
        killed["at"] = len(w.acked)
        killed["restart"] = pair.restart(pair.a)

    t0 = time.time()
    k = threading.Thread(target=killer)
    k.start()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda job: job(), jobs))
    k.join()
    secs = time.time() - t0
    payments, incidents, bad = w.check_stored(db)
    check("at" in killed, "A was never killed")
    check(not bad, f"{len(bad)} acknowledged writes not stored exactly once; first: {bad[:3]}")
    check(not w.unacked, f"{len(w.unacked)} writes never acknowledged within {w.patience} s; first: {w.unacked[:3]}")
    # the stored result again: the keys retried across the kill first, then others, on either instance
    sample = [a for a in w.acked if a[0] == "payment" and a[1] in w.retried][:50]
    sample += [a for a in w.acked if a[0] == "payment" and a[1] not in w.retried][:50]
    wrong = []
    for n, (_, key, rid, _) in enumerate(sample):
        meta = {}
        inst = pair.instances()[n % 2]
        body = {"kid": "77" + str(abs(hash(key)) % 10**8).rjust(8, "0"), "amountOre": 12_345,
                "paidOn": date.today().isoformat(), "sourceReference": key}
        status, answer, _ = h.call(inst.base, "POST", "/api/egenbetaling/payments", w.integration(), body,
                                   {"Idempotency-Key": key}, meta=meta)
        if status not in (200, 201) or json.loads(answer).get("id") != rid \
                or meta["headers"].get("Idempotent-Replayed") != "true":
            wrong.append(f"{key}: {status} replayed={meta['headers'].get('Idempotent-Replayed')} {answer[:100]!r}")
    check(not wrong, f"{len(wrong)} of {len(sample)} replays did not give the stored result; first: {wrong[:2]}")
    return (f"{writes} writes ({payments} payments, {incidents} incidents) by {workers} clients in {secs:.0f} s, "
            f"{w.attempts} attempts, {len(w.retried)} retried; A SIGKILLed after {killed['at']} acknowledged and "
            f"back after {killed['restart']:.0f} s; every acknowledged write stored once; {len(sample)} replays "
            f"gave the stored payment (Idempotent-Replayed: true)")


# ------------------------------------------------------------------ F4: the change feed across kills

def f4(pair, writes=600, workers=6):
    db = pair.db
    start = int(h.psql(db, "SELECT coalesce(max(id), 0) FROM change_event")[0][0])
    integration = h.Tokens("integration")
    seen = []
    errors = []
    stop = threading.Event()

    def consumer():
        cursor, target, empty = start, 0, 0
        t0 = time.time()
        while time.time() - t0 < 300:
            inst = pair.instances()[target % 2]
            status, body, _ = gone_request(inst.base, "GET", f"/api/events?after={cursor}&limit=100", integration())
            if status != 200:
                if status is not None and status < 500:
                    errors.append(f"{status}: {body[:120]!r}")
                    return
                target += 1
                time.sleep(0.2)
                continue
            page = json.loads(body)
            seen.extend((e["id"], e["type"], e["ids"]) for e in page["items"])
            cursor = page["next"]
            target += 1  # every page from the other instance
            if not page["items"]:
                empty += 1
                if stop.is_set() and empty >= 3:
                    return
                time.sleep(0.2)
            else:
                empty = 0

    w = Writer(pair.instances())
    run_id = uuid.uuid4().hex[:8]
    c = threading.Thread(target=consumer)
    c.start()
    kills = []
    done = threading.Event()

    def killer():
        # A is killed, and once it is back B; the writes go on until both are back and `writes` were acknowledged
        for victim, after in ((pair.a, writes // 4), (pair.b, writes // 2)):
            while len(w.acked) < after and time.time() - t0 < 240:
                time.sleep(0.01)
            victim.kill9()
            kills.append((victim.name, len(w.acked), pair.restart(victim)))

    def write_on(worker):
        n = 0
        while not done.is_set() and time.time() - t0 < 300:
            w.payment(f"rel-f4-{run_id}-{worker}-{n}", worker + n)
            n += 1

    t0 = time.time()
    k = threading.Thread(target=killer)
    k.start()
    writers = [threading.Thread(target=write_on, args=(i,)) for i in range(workers)]
    for t in writers:
        t.start()
    k.join()
    while len(w.acked) < writes and time.time() - t0 < 300:
        time.sleep(0.1)
    done.set()
    for t in writers:
        t.join()
    stop.set()
    c.join()
    check(not errors, f"the consumer was refused: {errors[:2]}")
    ids = [e[0] for e in seen]
    check(all(x < y for x, y in zip(ids, ids[1:])),
          f"events out of order or repeated: {[(x, y) for x, y in zip(ids, ids[1:]) if x >= y][:5]}")
    stored = [int(x) for (x,) in h.psql(db, f"SELECT id FROM change_event WHERE id > {start} ORDER BY id")]
    check(ids == stored, f"the consumer saw {len(ids)} events, the table holds {len(stored)} after {start}: "
                         f"{len(set(stored) - set(ids))} never seen")
    paid = {e[2].get("paymentId") for e in seen if e[1] == "PAYMENT_REGISTERED"}
    acked = {rid for kind, _, rid, _ in w.acked if kind == "payment"}
    check(acked <= paid, f"{len(acked - paid)} acknowledged payments have no PAYMENT_REGISTERED event seen")
    check(len(kills) == 2, f"only {len(kills)} of the 2 kills happened")
    return (f"{len(ids)} events read once each, in id order, the same as the table; {len(acked)} acknowledged "
            f"payments each with its event; killed and restarted: "
            + ", ".join(f"{n} after {a} writes (up again in {r:.0f} s)" for n, a, r in kills))


# ------------------------------------------------------------------ F5: a slow database

def f5(pair, concurrent=60, hold=45, bound=35, settle=60):
    inst = pair.b
    integration = h.Tokens("integration")
    before = inst.threads()
    locker = hold_lock(pair.db, "payment", hold)
    try:
        peak = [before]
        sampling = threading.Event()

        def sample():
            while not sampling.is_set():
                peak.append(inst.threads())
                time.sleep(0.25)

        s = threading.Thread(target=sample)
        s.start()
        run_id = uuid.uuid4().hex[:8]

        def one(i):
            key = f"rel-f5-{run_id}-{i}"
            meta = {}
            body = {"kid": "7700000000", "amountOre": 100, "paidOn": date.today().isoformat(), "sourceReference": key}
            status, answer, secs = gone_request(inst.base, "POST", "/api/egenbetaling/payments", integration(), body,
                                                {"Idempotency-Key": key}, timeout=hold + 15, meta=meta)
            ctype = meta.get("headers", {}).get("Content-Type", "") if meta.get("headers") else ""
            return status, ctype, secs
        bakklandet = h.Tokens("bakklandet1")

        def read(i):  # reads beside them that need no locked table, only a connection from the same pool
            status, _, secs = gone_request(inst.base, "GET", "/api/facilities", bakklandet(), timeout=hold + 15)
            return status, "", secs

        with ThreadPoolExecutor(concurrent + 10) as pool:
            wf = [pool.submit(one, i) for i in range(concurrent)]
            rf = [pool.submit(read, i) for i in range(10)]
            writes, reads = [f.result() for f in wf], [f.result() for f in rf]
        sampling.set()
        s.join()
    finally:
        locker.terminate()
        locker.wait(10)
    # the worker pool lets idle threads go after its keep-alive (30 s): the count must come back, not stay up
    t0 = time.time()
    after = inst.threads()
    while after > before + 20 and time.time() - t0 < settle:
        time.sleep(1)
        after = inst.threads()
    settled = time.time() - t0
    statuses = {}
    for st, _, _ in writes:
        statuses[st] = statuses.get(st, 0) + 1
    slowest = max(secs for _, _, secs in writes)
    not_problem = [ct for st, ct, _ in writes if st == 503 and "application/problem+json" not in ct]
    check(slowest <= bound, f"the slowest write took {slowest:.0f} s with the table locked for {hold} s (bound "
                            f"{bound} s): waits are not bounded; answers {statuses}")
    check(set(statuses) <= {503, 200, 201} and 503 in statuses,
          f"expected 503 for writes that cannot get the table (others 2xx), got {statuses}")
    check(not not_problem, f"{len(not_problem)} 503s not application/problem+json: {not_problem[:2]}")
    check(max(peak) <= before + concurrent + 10 + 20, f"threads {before} before, peak {max(peak)}: more than one "
                                                       f"a request ({concurrent + 10} requests at once)")
    check(after <= before + 20, f"threads {before} before, peak {max(peak)}, still {after} {settle} s after the "
                                f"lock was released: they pile up")
    # the statement timeout is what ended the waits: PostgreSQL cancelled them (57014), the log says so
    why = re.findall(r"Database unavailable: ([^\"]*)", inst.log_text())
    check(any("57014" in w or "QueryTimeout" in w for w in why),
          f"no statement-timeout cancellation in {inst.name}'s log; the 503s said: {sorted(set(why))[:4]}")
    read_status = {st for st, _, _ in reads}
    return (f"{concurrent} writes against a locked payment table: {statuses}, slowest {slowest:.1f} s, ended by the "
            f"statement timeout (8 s; {sorted(set(why))[:3]}); reads "
            f"beside them {sorted(map(str, read_status))} (slowest {max(s for _, _, s in reads):.1f} s); "
            f"threads {before} before, peak {max(peak)}, {after} {settled:.0f} s after the lock was released")


# ------------------------------------------------------------------ F2: PostgreSQL stopped and started

class OwnCluster:
    """A PostgreSQL 15 cluster of this case only (port 5440, socket in /tmp): the machine's shared cluster is
    never stopped."""

    def __init__(self, port=5440):
        self.port = port
        self.dir = Path("/tmp/bta-rel-pg15")

    def pg(self, *args, check=True):
        return subprocess.run(["runuser", "-u", "postgres", "--", *args], check=check, capture_output=True, text=True)

    def init(self):
        if self.dir.exists():
            self.pg(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "stop", "-m", "immediate", check=False)
            shutil.rmtree(self.dir)
        self.dir.mkdir()
        shutil.chown(self.dir, "postgres", "postgres")
        # local socket connections as postgres need no password; TCP from 127.0.0.1 asks for one
        self.pg(str(PG_BIN / "initdb"), "-D", str(self.dir), "--auth-local=peer", "--auth-host=scram-sha-256")
        self.start()
        # the roles and the database as deploy/db-roles.sh makes them for any PostgreSQL
        subprocess.run(["runuser", "-u", "postgres", "--", "env", f"PGHOST=/tmp", f"PGPORT={self.port}",
                        "BTA_DB_OWNER_PASSWORD=bta", "BTA_DB_PASSWORD=bta_app", "BTA_DB_NAME=bta_rel_pg",
                        "bash", str(ROOT / "deploy" / "db-roles.sh")], check=True, capture_output=True)

    def start(self):
        self.pg(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-l", str(self.dir / "server.log"), "-w", "-o",
                f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1", "start")

    def stop_immediately(self):
        self.pg(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "immediate", "stop")

    def remove(self):
        self.pg(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)

    def count(self, sql):
        out = self.pg("psql", "-qtAX", "-h", "/tmp", "-p", str(self.port), "-d", "bta_rel_pg", "-c", sql, check=False)
        if out.returncode:
            raise Failed(f"psql on the case's cluster: {out.stderr.strip()[:300]}")
        return out.stdout.split()


def f2(before=6, down=12, after=15, workers=4, target=10.0, answer_bound=10.0):
    pg = OwnCluster()
    pg.init()
    inst = Instance("F2", "bta_rel_pg", 8093, NO_SCHEDULES, db_url=f"jdbc:postgresql://127.0.0.1:{pg.port}/bta_rel_pg")
    try:
        inst.start()
        inst.ready()
        integration = h.Tokens("integration")
        results = []  # (phase, start, end, status, content type, key)
        health = []  # (phase, status)
        phase = ["before"]
        stop = threading.Event()
        run_id = uuid.uuid4().hex[:8]
        counter = iter(range(10**6))
        lock = threading.Lock()

        def writer():
            while not stop.is_set():
                with lock:
                    key = f"rel-f2-{run_id}-{next(counter)}"
                body = {"kid": "7700000000", "amountOre": 100, "paidOn": date.today().isoformat(),
                        "sourceReference": key}
                meta = {}
                p0, t0 = phase[0], time.time()
                status, answer, _ = gone_request(inst.base, "POST", "/api/egenbetaling/payments", integration(),
                                                 body, {"Idempotency-Key": key}, timeout=40, meta=meta)
                ctype = meta["headers"].get("Content-Type", "") if meta.get("headers") else ""
                results.append((p0, t0, time.time(), status, ctype, key, answer[:120]))
                time.sleep(0.05)

        def prober():
            while not stop.is_set():
                status, _, _ = gone_request(inst.base, "GET", "/q/health/ready", None, timeout=10)
                health.append((phase[0], status))
                time.sleep(0.5)

        threads = [threading.Thread(target=writer) for _ in range(workers)] + [threading.Thread(target=prober)]
        for t in threads:
            t.start()
        time.sleep(before)
        pg.stop_immediately()
        phase[0] = "down"
        stopped = time.time()
        time.sleep(down)
        pg.start()
        back = time.time()
        phase[0] = "after"
        time.sleep(after)
        stop.set()
        for t in threads:
            t.join(60)
    finally:
        inst.stop()
    try:
        # the requests sent while the database was down, however long they took
        during = [r for r in results if stopped <= r[1] < back]
        codes = {}
        for r in during:
            codes[r[3]] = codes.get(r[3], 0) + 1
        slow = [r for r in during if r[2] - r[1] > answer_bound]
        ok_after = sorted(r[2] for r in results if r[1] >= back and r[3] in (200, 201))
        first_ok = ok_after[0] - back if ok_after else None
        down_ready = {s for p, s in health if p == "down"}
        acked = [r[5] for r in results if r[3] in (200, 201)]
        stored = set(pg.count("SELECT source_reference FROM payment WHERE channel = 'API'"))
        lost = [k for k in acked if k not in stored]
        slowest = max((r[2] - r[1] for r in during), default=0)
        detail = (f"{len(during)} requests sent while down ({down} s): answers {codes}, slowest {slowest:.1f} s; "
                  f"/q/health/ready {sorted(map(str, down_ready))}; "
                  + (f"first success {first_ok:.1f} s after the start" if first_ok is not None else
                     "no success after the database came back"))
        check(during, "no request was sent while the database was down")
        if slow:
            raise Failed(f"{len(slow)} requests took more than {answer_bound} s ("
                         + ", ".join(f"sent {r[1] - stopped:.1f} s after the stop, {r[3]} after {r[2] - r[1]:.1f} s"
                                     for r in slow[:3]) + f") — {detail}")
        # answered while it was still down: 503; a request that outlived the outage may have succeeded after it
        wrong = {r[3] for r in during if r[3] != 503 and not (r[2] >= back and r[3] in (200, 201))}
        check(not wrong, f"expected 503 while down, got {sorted(map(str, wrong))} — {detail}")
        bad_type = [r for r in during if r[3] == 503 and "application/problem+json" not in r[4]]
        if bad_type:
            raise Failed(f"{len(bad_type)} answers while down not problem+json ({bad_type[0][4]!r}) — {detail}")
        check(down_ready == {503}, f"/q/health/ready while down: {down_ready} — {detail}")
        check(first_ok is not None and first_ok <= target, f"not back within {target} s — {detail}")
        check(not lost, f"{len(lost)} of {len(acked)} acknowledged payments lost — {detail}")
        return detail + f"; {len(acked)} acknowledged payments, none lost"
    finally:
        pg.remove()


# ------------------------------------------------------------------ F3: a charge run killed halfway

def f3(scale="0.01", batch="5"):
    gen, ref, db = "bta_rel_gen", "bta_rel_f3ref", "bta_rel_f3"
    month = (month_start() + timedelta(days=32)).replace(day=1)  # next month: the generated history has none
    env = dict(NO_SCHEDULES, BTA_CHARGES_BATCH_SIZE=batch)
    subprocess.run([str(ROOT / "bench" / "generate"), "--db", gen, "--scale", scale], check=True,
                   capture_output=True, env=dict(os.environ, BTA_BENCH_MIGRATE_PORT="8096"))
    for name in (ref, db):
        h.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", superuser=True)
        h.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {gen} OWNER bta", superuser=True)
    okonomi = h.Tokens("okonomi1")
    body = {"period": month.strftime("%Y-%m")}
    # the reference: the same run, undisturbed, on a copy of the same data
    r = Instance("F3-ref", ref, 8093, env).start()
    try:
        r.ready()
        status, answer, _ = h.call(r.base, "POST", "/api/egenbetaling/charge-runs", okonomi(), body)
        check(status in (200, 201, 202), f"the reference run answered {status}: {answer[:200]!r}")
        h.wait_job(r.backend, f"/api/egenbetaling/charge-runs/{json.loads(answer)['id']}", okonomi, limit=300)
    finally:
        r.stop()
    expected = run_charges(ref, month)
    a = Instance("F3-A", db, 8094, env).start()
    b = Instance("F3-B", db, 8095, env)
    try:
        a.ready()
        b.start()
        b.ready()
        status, answer, _ = h.call(a.base, "POST", "/api/egenbetaling/charge-runs", okonomi(), body)
        check(status in (200, 201, 202), f"the run answered {status}: {answer[:200]!r}")
        run = json.loads(answer)["id"]
        killed, v, took = kill_midway(a, b, f"/api/egenbetaling/charge-runs/{run}", okonomi, "charge run",
                                      at=1 / 3, resume_limit=90)
        how = "resumed by B"
        if v["state"] != "DONE":
            # not resumed: the month is run again on B, as okonomi would after a failed run
            how = f"ended {v['state']} ({v.get('error')}), run again on B"
            status, answer, _ = h.call(b.base, "POST", "/api/egenbetaling/charge-runs", okonomi(), body)
            check(status in (200, 201, 202), f"the rerun answered {status}: {answer[:200]!r}")
            v, _ = h.wait_job(b.backend, f"/api/egenbetaling/charge-runs/{json.loads(answer)['id']}", okonomi,
                              limit=300)
            check(v["state"] == "DONE", f"the rerun ended {v['state']}: {v.get('error')}")
    finally:
        a.stop()
        b.stop()
    n = check_run_charges(db, month)
    got = run_charges(db, month)
    differ = [k for k in expected.keys() | got.keys() if expected.get(k) != got.get(k)]
    check(not differ, f"{len(differ)} agreements charged otherwise than by the undisturbed run; first: "
                      f"{[(k, expected.get(k), got.get(k)) for k in differ[:3]]}")
    return (f"{n} agreements for {month:%Y-%m} in batches of {batch}; A killed at {killed}, {how} "
            f"({took:.0f} s); the charges equal the undisturbed run's on a copy, none twice")
