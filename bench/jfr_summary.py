#!/usr/bin/env python3
"""Summarises a JFR CPU profile of the backend by area. Each execution sample counts for the area of the frame
nearest its top that belongs to a known library (a JDK frame such as a HashMap lookup counts for the library that
called it), so the shares add up to 100 %; plus the top frames. Usage: bench/jfr_summary.py recording.jfr"""
import collections
import json
import subprocess
import sys

AREAS = [  # (label, prefixes of a frame's type name); the first match of each area in a stack counts once
    ("access log (filter, group commit)", ("no.kommune.bta.audit.",)),
    ("token verification (jose4j, OIDC)", ("org.jose4j.", "io.quarkus.oidc.common.", "io.smallrye.jwt.",
                                           "io.quarkus.oidc.runtime.OidcUtils", "io.quarkus.oidc.runtime.OidcProvider")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.",)),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("Hibernate ORM", ("org.hibernate.",)),
    ("connection pool and transactions", ("io.agroal.", "com.arjuna.", "io.quarkus.narayana.")),
    ("Flyway (start-up)", ("org.flywaydb.",)),
    ("Quarkus start-up and class loading", ("io.quarkus.bootstrap.", "io.quarkus.runtime.", "io.quarkus.deployment.")),
    ("Vert.x and Netty (HTTP)", ("io.vertx.", "io.netty.", "io.quarkus.vertx.", "io.quarkus.oidc.runtime.")),
    ("REST layer (RESTEasy Reactive)", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.")),
    ("CDI (ArC)", ("io.quarkus.arc.",)),
    ("BTA code", ("no.kommune.bta.",)),
]


def main(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    total = len(events)
    area_of = collections.Counter()
    top = collections.Counter()
    for e in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in (e["values"].get("stackTrace") or {}).get("frames", [])]
        if frames:
            top[frames[0]] += 1
        area = next((label for f in frames for label, prefixes in AREAS if f.startswith(prefixes)),
                    "JDK only (no library frame in the stack: start-up, compiler, GC)")
        area_of[area] += 1
    print(f"{total} execution samples")
    print("| area | share of samples |")
    print("|---|---|")
    for label, n in area_of.most_common():
        print(f"| {label} | {100 * n / total:.1f} % |")
    print()
    print("| top frame | share |")
    print("|---|---|")
    for name, n in top.most_common(12):
        print(f"| `{name}` | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
