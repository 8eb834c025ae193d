#!/usr/bin/env python3
"""What the bench scripts do through the site's HTTP API (standard library only).

  setup    PORT                      a document in English and Spanish, published, with the short link /s/radio
  publish  PORT SECONDS INTERVAL     a new version of both languages, published together, every INTERVAL s;
                                     prints the median time of each of the seven API calls too (five with
                                     CLARO_BENCH_SAVE_AND_SUBMIT=1: each draft saved and sent to review in one call)
  check    SECONDS PORT...           reads the page and its Spanish switch target on each node, and checks every
                                     response is one whole version and the Spanish is never older than the English
  settled  PORT...                   every node serves the last published version of both languages
  recipe   ROUND COPIES OUT          the sample recipe COPIES times over, with new ids and paths (for crash.sh)
  work     PORT                      publishes, saves drafts and schedules publications until the site dies
  verify   sqlite FILE | postgres    the integrity checks of crash.sh after a restart, on the database
  probe    SECONDS MARKS PORT...     what readers, /health and writers get from each node, every 100 ms, with
                                     the times in the file MARKS (when the database was stopped and started)

Each version carries its number in its title, body and change note ("v17"), so a reader's response
tells which version every part of it came from. Results are printed as one JSON line.
"""
import http.client
import json
import os
import re
import sys
import threading
import time

PASSWORD = "Bench-only-passphrase-2026"
AUTHOR, REVIEWER = "bench@example.org", "bench2@example.org"
STATE = os.environ.get("CLARO_BENCH_STATE", "/tmp/claro-bench-radio.json")
# CLARO_BENCH_TIMINGS=FILE: each publish's start (seconds into the run), length and each of its calls' (ms), one per
# line, to see when the slow ones come and which call was slow.
TIMINGS = os.environ.get("CLARO_BENCH_TIMINGS")
# CLARO_BENCH_WARMUP=N: N more publishes at setup, before readers arrive, to tell a write path still warming up from
# one slowed by the readers' load.
WARMUP = int(os.environ.get("CLARO_BENCH_WARMUP", "0"))
TEXT = {
    "en": ("radio", "Radio page v{n}", "Marker v{n}-en. What the department does when a listener calls.", "change v{n}"),
    "es": ("radio-es", "Página de radio v{n}", "Marcador v{n}-es. Lo que hace el departamento cuando alguien llama.", "cambio v{n}"),
}
PARTS = {
    "en": (r"<h1>Radio page v(\d+)</h1>", r"Marker v(\d+)-en", r'class="change-note">change v(\d+)<'),
    "es": (r"<h1>Página de radio v(\d+)</h1>", r"Marcador v(\d+)-es", r'class="change-note">cambio v(\d+)<'),
}


class Site:
    """One keep-alive connection to a node, reopened after an error."""

    def __init__(self, port, timeout=60):   # a first sign-in on a busy machine takes a while
        self.port, self.timeout, self.connection = port, timeout, None
        self.took = {}   # "PUT /api/v1/admin/documents/{id}/en/draft" -> milliseconds of each call
        self.calls = []  # milliseconds of each call since the list was last emptied

    def call(self, method, path, body=None, token=None):
        begin = time.monotonic()
        try:
            return self._call(method, path, body, token)
        finally:
            step = method + " " + re.sub(r"/documents/[^/]+", "/documents/{id}", path)
            if isinstance(body, dict) and body.get("submit"):
                step += " +submit"   # a draft saved and sent to review at once is timed apart from a plain save
            self.took.setdefault(step, []).append((time.monotonic() - begin) * 1000)
            self.calls.append(self.took[step][-1])

    def _call(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = "Bearer " + token
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
                self.connection.request(method, path, None if body is None else json.dumps(body), headers)
                response = self.connection.getresponse()
                return response.status, response.read().decode("utf-8", "replace")
            except (OSError, http.client.HTTPException):
                self.connection = None
                if attempt == 2:
                    raise

    def ok(self, method, path, body=None, token=None):
        status, text = self.call(method, path, body, token)
        if status >= 300:
            raise RuntimeError(f"{method} {path} answered {status}: {text[:300]}")
        return json.loads(text) if text else None

    def login(self, email):
        return self.ok("POST", "/api/v1/account/login", {"email": email, "password": PASSWORD})["accessToken"]


def draft(culture, n, base, source=None, submit=False):
    slug, title, body, note = TEXT[culture]
    draft = {"slug": slug, "title": title.format(n=n), "summary": "", "body": body.format(n=n), "changeNote": note.format(n=n), "baseVersion": base}
    if source is not None:
        draft["sourceVersion"] = source
    if submit:
        draft["submit"] = True
    return draft


def review(site, base, versions, author, reviewer, submitted=False):
    """Sends each language's new version to review, unless its draft was saved and sent at once, and has the second
    account approve the version it read."""
    for culture, version in versions.items():
        if not submitted:
            site.ok("POST", f"{base}/{culture}/submit", {}, author)
        site.ok("POST", f"{base}/{culture}/approve", {"version": version}, reviewer)


def setup(port):
    site = Site(int(port))
    author, reviewer = site.login(AUTHOR), site.login(REVIEWER)
    base = "/api/v1/admin/documents"
    slug, title, body, _ = TEXT["en"]
    doc = site.ok("POST", base, {"culture": "en", "slug": slug, "title": title.format(n=1), "summary": "", "body": body.format(n=1)}, author)["id"]
    es = site.ok("PUT", f"{base}/{doc}/es/draft", draft("es", 1, 0, 1), author)["version"]
    review(site, f"{base}/{doc}", {"en": 1, "es": es}, author, reviewer)
    site.ok("POST", f"{base}/{doc}/publish", {"cultures": ["en", "es"]}, author)
    site.ok("POST", "/api/v1/admin/shortlinks", {"code": "radio", "documentId": doc, "culture": "es"}, author)
    state = {"id": doc, "n": 1, "en": 1, "es": 1}
    json.dump(state, open(STATE, "w"))
    # Version 1 was created without a change note: tag every part from here on.
    for _ in range(1 + WARMUP):
        cycle(site, author, reviewer, state)
    print(json.dumps(state))


def save_and_submit():
    """CLARO_BENCH_SAVE_AND_SUBMIT=1: each draft is saved and sent to review in one call, as the web team does under time pressure."""
    return os.environ.get("CLARO_BENCH_SAVE_AND_SUBMIT", "0") == "1"


def cycle(site, author, reviewer, state):
    """A new version of both languages, reviewed and published together."""
    base = f"/api/v1/admin/documents/{state['id']}"
    n = state["n"] + 1
    together = save_and_submit()
    en = site.ok("PUT", f"{base}/en/draft", draft("en", n, state["en"], submit=together), author)["version"]
    es = site.ok("PUT", f"{base}/es/draft", draft("es", n, state["es"], en, submit=together), author)["version"]
    review(site, base, {"en": en, "es": es}, author, reviewer, submitted=together)
    site.ok("POST", f"{base}/publish", {"cultures": ["en", "es"]}, author)
    state.update(n=n, en=en, es=es)
    json.dump(state, open(STATE, "w"))


def publish(port, seconds, interval):
    site = Site(int(port))
    author, reviewer = site.login(AUTHOR), site.login(REVIEWER)
    state = json.load(open(STATE))
    took, errors, started = [], [], time.monotonic()
    timings = open(TIMINGS, "w", buffering=1) if TIMINGS else None
    next_at = started
    while time.monotonic() - started < float(seconds):
        begin = time.monotonic()
        site.calls = []
        try:
            cycle(site, author, reviewer, state)
        except Exception as e:  # noqa: BLE001 - every failure is counted and shown
            errors.append(str(e)[:200])
            break
        took.append((time.monotonic() - begin) * 1000)
        if timings:
            timings.write(f"{begin - started:.3f} {took[-1]:.1f} " + " ".join(f"{ms:.1f}" for ms in site.calls) + "\n")
        next_at += float(interval)
        time.sleep(max(0.0, next_at - time.monotonic()))
    took.sort()
    print(json.dumps({"publishes": len(took), "errors": errors, "last": state["n"], "save_and_submit": save_and_submit(),
                      "ms_median": round(took[len(took) // 2], 1) if took else None,
                      "ms_p90": round(took[len(took) * 9 // 10], 1) if took else None,
                      "ms_max": round(took[-1], 1) if took else None,
                      "ms_over_100": sum(t > 100 for t in took), "ms_over_200": sum(t > 200 for t in took),
                      # where a publish waits: each of its seven calls (five when saved and submitted at once), median milliseconds
                      "calls_ms_median": {step: round(sorted(ms)[len(ms) // 2], 1) for step, ms in site.took.items() if "/account/" not in step}}))


def version_of(culture, status, page):
    """The version each part of the page came from, or a reason the response is not one whole version."""
    if status != 200:
        return None, f"{culture} page answered {status}"
    found = [re.search(pattern, page) for pattern in PARTS[culture]]
    if not all(found):
        return None, f"{culture} page lacks a tagged title, body or change note"
    numbers = {int(m.group(1)) for m in found}
    if len(numbers) != 1:
        return None, f"{culture} page mixes versions {sorted(numbers)}"
    return numbers.pop(), None


def check(seconds, *ports):
    results, lock = {"samples": 0, "problems": []}, threading.Lock()

    def reader(port):
        site = Site(int(port), timeout=5)
        started = time.monotonic()
        while time.monotonic() - started < float(seconds):
            en, problem = version_of("en", *site.call("GET", "/en/radio"))
            es, problem_es = (None, None) if problem else version_of("es", *site.call("GET", "/es/radio-es"))
            problem = problem or problem_es
            if not problem and es < en:
                problem = f"node :{port} showed English v{en}, then its switcher's Spanish target v{es}"
            with lock:
                results["samples"] += 1
                if problem and len(results["problems"]) < 20:
                    results["problems"].append(problem)
                elif problem:
                    results["problems_not_shown"] = results.get("problems_not_shown", 0) + 1

    threads = [threading.Thread(target=reader, args=(port,)) for port in ports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(results))


def settled(*ports):
    state, stale = json.load(open(STATE)), []
    time.sleep(1)   # a node hears another's publication within milliseconds; a second is generous
    for port in ports:
        site = Site(int(port))
        for culture, path in (("en", "/en/radio"), ("es", "/es/radio-es")):
            version, problem = version_of(culture, *site.call("GET", path))
            if problem or version != state["n"]:
                expected = state["n"]
                stale.append(f"node :{port} {path}: {problem or f'v{version}, not v{expected}'}")
    print(json.dumps({"last": state["n"], "stale": stale}))


def recipe(round_number, copies, out):
    """Copies of the sample content, each with ids of its own, so that a half-done import would show."""
    sample = json.load(open(os.path.join(os.path.dirname(__file__), "..", "OrchardSite", "Recipes", "sample.recipe.json")))
    text = json.dumps(sample)
    ids = sorted(set(re.findall(r'"([0-9a-z]{26})"', text)))
    content = next(step for step in sample["steps"] if step["name"] == "content")
    links = next((step for step in sample["steps"] if step["name"] == "ClaroShortLinks"), {"data": []})
    items, codes, documents = [], [], set()
    for copy in range(int(copies)):
        suffix = f"r{round_number}c{copy}"
        mapping = {old: (suffix + old)[:26] for old in ids}
        for item in content["data"]:
            item = json.loads(re.sub(r'"([0-9a-z]{26})"', lambda m: '"' + mapping.get(m.group(1), m.group(1)) + '"', json.dumps(item)))
            item["AutoroutePart"]["Path"] += "-" + suffix
            documents.add(item["LocalizationPart"]["LocalizationSet"])
            items.append(item)
        for link in links["data"]:
            codes.append(dict(link, Code=f"{link['Code']}-{suffix}", LocalizationSet=mapping[link["LocalizationSet"]]))
    content["data"], links["data"] = items, codes
    json.dump(sample, open(out, "w"))
    print(json.dumps({"documents": sorted(documents), "items": len(items)}))


def work(port):
    """Until the site is killed: publish cycles, scheduled publications and draft saves, chosen at random."""
    import random
    site = Site(int(port), timeout=5)
    try:
        author, reviewer = site.login(AUTHOR), site.login(REVIEWER)
        state = json.load(open(STATE))
        base = f"/api/v1/admin/documents/{state['id']}"
        n = int(time.time() * 1000)
        while True:
            n += 1
            cultures = {c["culture"]: c["latestVersion"] for c in site.ok("GET", base, token=author)["cultures"]}
            en = site.ok("PUT", f"{base}/en/draft", draft("en", n, cultures["en"]), author)["version"]
            action = random.choice(["publish", "schedule", "draft"])
            if action == "draft":
                continue
            es = site.ok("PUT", f"{base}/es/draft", draft("es", n, cultures["es"], en), author)["version"]
            review(site, base, {"en": en, "es": es}, author, reviewer)
            if action == "publish":
                site.ok("POST", f"{base}/publish", {"cultures": ["en", "es"]}, author)
            else:
                at = time.time() + random.uniform(0.2, 1.5)
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at)) + f".{int(at % 1 * 1000):03d}Z"
                for culture in ("en", "es"):
                    site.ok("POST", f"{base}/{culture}/schedule", {"publishAt": stamp}, author)
                time.sleep(random.uniform(0, 1))
    except (OSError, http.client.HTTPException, RuntimeError) as e:
        print(f"work stopped: {str(e)[:200]}", file=sys.stderr)


CHECKS = {
    "a published pointer that names no Published version of its page": """
        SELECT i."Id" FROM "Items" i LEFT JOIN "Versions" v ON v."Id" = i."PublishedVersionId"
        WHERE i."PublishedVersionId" IS NOT NULL AND (v."Id" IS NULL OR v."State" <> 'Published' OR v."ItemId" <> i."Id")""",
    "a page with more than one Published version": """
        SELECT "ItemId" FROM "Versions" WHERE "State" = 'Published' GROUP BY "ItemId" HAVING COUNT(*) > 1""",
    "a Published version its page's pointer does not name": """
        SELECT v."Id" FROM "Versions" v JOIN "Items" i ON i."Id" = v."ItemId"
        WHERE v."State" = 'Published' AND (i."PublishedVersionId" IS NULL OR i."PublishedVersionId" <> v."Id")""",
    "a version whose state has no audit event that put it there": """
        SELECT v."Id" FROM "Versions" v JOIN "Items" i ON i."Id" = v."ItemId"
        WHERE v."State" IN ('InReview', 'Approved', 'Published', 'Superseded')
        AND NOT EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."DocumentId" = i."DocumentId" AND a."Culture" = i."Culture" AND a."Version" = v."Number" AND a."ToState" = v."State")
        AND NOT EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."DocumentId" = i."DocumentId" AND a."Action" IN ('Imported', 'Restored'))""",
    "a version without the audit event of its writing": """
        SELECT v."Id" FROM "Versions" v JOIN "Items" i ON i."Id" = v."ItemId"
        WHERE NOT EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."DocumentId" = i."DocumentId" AND a."Culture" = i."Culture" AND a."Version" = v."Number" AND a."Action" IN ('Created', 'Saved'))
        AND NOT EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."DocumentId" = i."DocumentId" AND a."Action" IN ('Imported', 'Restored'))""",
}


def query(provider, target, sql):
    if provider == "sqlite":
        import sqlite3
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as db:
            return [row[0] for row in db.execute(sql)]
    import subprocess
    out = subprocess.run([os.environ["PSQL"], "-qtAX", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def verify(provider, target="", imports=""):
    """Prints every broken rule (nothing when the database is sound); exit code 1 when one is broken."""
    problems = []
    if provider == "sqlite":
        result = query(provider, target, "PRAGMA integrity_check")
        if result != ["ok"]:
            problems.append(f"PRAGMA integrity_check: {result[:5]}")
    for rule, sql in CHECKS.items():
        found = query(provider, target, sql)
        if found:
            problems.append(f"{rule}: {found[:5]}")
    for line in open(imports) if imports else []:
        expected = json.loads(line)
        ids = ", ".join(f"'{d}'" for d in expected["documents"])
        documents = int(query(provider, target, f'SELECT COUNT(*) FROM "Documents" WHERE "Id" IN ({ids})')[0])
        items = int(query(provider, target, f'SELECT COUNT(*) FROM "Items" WHERE "DocumentId" IN ({ids})')[0])
        if (documents, items) not in ((0, 0), (len(expected["documents"]), expected["items"])):
            problems.append(f"half an import: {documents} of {len(expected['documents'])} documents, {items} of {expected['items']} pages")
    print("\n".join(problems))
    sys.exit(1 if problems else 0)


def probe(seconds, marks, *ports):
    """One line per node and kind of request: status counts, slowest answer, and when health changed."""
    author = Site(int(ports[0])).login(AUTHOR)
    state = json.load(open(STATE))
    open(marks, "a").close()   # ready: the script starts its clock now
    started, lines, lock = time.monotonic(), [], threading.Lock()

    def watch(port, kind):
        site, statuses, slowest, changes, last = Site(int(port), timeout=30), {}, 0.0, [], None
        while time.monotonic() - started < float(seconds):
            begin = time.monotonic()
            if kind == "write":
                read = site.call("GET", f"/api/v1/admin/documents/{state['id']}", token=author)
                latest = {c["culture"]: c["latestVersion"] for c in json.loads(read[1]).get("cultures", [])} if read[0] == 200 else {}
                cultures = latest or locals().get("cultures", {})
                status, body = site.call("PUT", f"/api/v1/admin/documents/{state['id']}/en/draft", draft("en", 0, cultures.get("en", 0)), author)
                if status == 503 and "problem+json" not in body and '"status":503' not in body:
                    status = "503 without a problem document"
            else:
                status, body = site.call("GET", {"page": "/es/radio-es", "health": "/health", "link": "/s/radio"}[kind])
            took = time.monotonic() - begin
            slowest = max(slowest, took)
            statuses[status] = statuses.get(status, 0) + 1
            if status != last:
                changes.append(f"{begin - started:.1f}s:{status}")
                last = status
            time.sleep(max(0.0, (0.5 if kind == "write" else 0.1) - took))
        with lock:
            lines.append(f"node :{port} {kind:6} {statuses}  slowest {slowest * 1000:.0f} ms  changes {' '.join(changes)}")

    threads = [threading.Thread(target=watch, args=(port, kind)) for port in ports for kind in ("page", "link", "health", "write")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for line in sorted(lines):
        print(line)
    print("database: " + open(marks).read().strip().replace("\n", "; "))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"setup": setup, "publish": publish, "check": check, "settled": settled, "recipe": recipe, "work": work, "verify": verify, "probe": probe}[command](*args)
