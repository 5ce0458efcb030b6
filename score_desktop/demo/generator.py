"""Build a realistic demo workspace: ``score-desktop demo --workspace DIR --size small|large --seed N``.

small: about 8 factories in Guangzhou, Shanghai and Chongqing plus one in Viet Nam and one in Mexico, each with
its EIT, 3-5 visits over the five modules, 8-20 findings a visit, action items made from findings and owned by EIT
members (some done on time, some late, some overdue; done ones with their actual saving and often an "after"
photo), KPI readings at baseline and in progress (most improve, some get worse, a few corrected), practice checks
at the baseline and at each visit, the suggestion box's log, real JPEG photos (some rotated by EXIF), and each
module's classroom session with people from 3-6 factories (demo/training.py). It is written through the normal
write path, so it has outbox rows like a trainer's own workspace.

large (benchmarks): 200 enterprises, 5,000 visits, 100,000 findings, about 29,000 actions, 48,000 KPI readings,
45,000 practice checks, 6,000 suggestions and 20,000 photo records sharing a pool of a few hundred pictures, loaded
in bulk.

The same seed and day give the same workspace. Dates are relative to ``today`` so the Today screen has visits
this week and overdue actions.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from score_desktop.demo import images, texts, training
from score_desktop.domain import signatures
from score_desktop.domain.catalog import Catalog, load_catalog
from score_desktop.paths import catalog_file
from score_desktop.store import bulk
from score_desktop.store.photos import PhotoStore, StoredPhoto
from score_desktop.store.workspace import Workspace

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSize:
    name: str
    extra_chinese_enterprises: int
    visits: tuple[int, int]
    findings: tuple[int, int]
    photo_pool: int
    photo_size: tuple[int, int]
    #: Targets for the bulk (large) build; None means "as the per-enterprise ranges give".
    totals: dict[str, int] | None = None


SMALL = DemoSize("small", 8, (3, 5), (8, 20), 64, (1600, 1200))
LARGE = DemoSize("large", 198, (25, 25), (20, 20), 300, (1024, 768),
                 totals={"visit": 5000, "observation": 100_000, "action_item": 30_000, "kpi_reading": 50_000,
                         "photo": 20_000})
SIZES = {"small": SMALL, "large": LARGE}


@dataclass
class DemoSummary:
    path: Path
    counts: dict[str, int]
    photo_files: int
    seconds: float


def build_demo(root: Path, *, size: str = "small", seed: int = 0, today: dt.date | None = None,
               progress: Progress | None = None) -> DemoSummary:
    """Create the demo workspace in ``root``, which must not hold a workspace already."""
    started = time.perf_counter()
    root = Path(root)
    if (root / "workspace.db").exists():
        raise FileExistsError(f"{root} already holds a workspace; the demo is built in a new folder")
    spec = SIZES[size]
    with Workspace.open(root) as ws:
        ws.set_meta("demo", spec.name)
        builder = _Builder(ws, spec, random.Random(seed), today or dt.date.today(), load_catalog(catalog_file()),
                           progress or (lambda stage, done, total: None), random.Random(f"cycle-{seed}"))
        builder.build()
        counts = {name: repo.count() for name, repo in ws.repositories.items()}
        photo_files = sum(1 for _ in PhotoStore(ws.paths).iter_stored())
    return DemoSummary(root, counts, photo_files, time.perf_counter() - started)


class _Builder:
    def __init__(self, ws: Workspace, size: DemoSize, rng: random.Random, today: dt.date, catalog: Catalog,
                 progress: Progress, cycle_rng: random.Random) -> None:
        self.ws, self.size, self.rng, self.today, self.catalog, self.progress = ws, size, rng, today, catalog, progress
        self.bulk = size.totals is not None
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.photos: list[StoredPhoto] = []
        # The improvement cycle (savings, after photos, practice checks, suggestions, corrections) draws from its
        # own generator, so adding it left every other record of a seed as it was.
        self.cycle_rng = cycle_rng

    # -- the plan --------------------------------------------------------------------------------------------

    def build(self) -> None:
        self.photos = self._photo_pool()
        enterprises = [self._chinese_enterprise(n) for n in range(self.size.extra_chinese_enterprises)]
        enterprises.append(self._foreign_enterprise(texts.VIETNAMESE_ENTERPRISE, texts.VIETNAMESE_NAMES, "vi"))
        enterprises.append(self._foreign_enterprise(texts.SPANISH_ENTERPRISE, texts.SPANISH_NAMES, "es"))
        factories = []
        for index, (enterprise, language) in enumerate(enterprises):
            members = self._eit(enterprise, language)
            factories.append((enterprise, members))
            self._kpis(enterprise)
            self._visits(enterprise, members, language)
            self._suggestions(enterprise, members, language)
            self.progress("enterprises", index + 1, len(enterprises))
            if self.bulk and index % 20 == 19:
                self._flush()
        training.add_sessions(self._add, self.rng, self.today, [m.code for m in self.catalog.modules_in_order()],
                              factories, self._chinese_name, texts.TRAINERS)
        self._flush()

    def _add(self, entity: str, **fields: Any) -> dict[str, Any]:
        """Create a record: through the write path (small) or queued for a bulk insert (large)."""
        if not self.bulk:
            return self.ws.repositories[entity].create(**fields)
        record = {"id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)), **fields}
        if entity == "enterprise":
            record["enterprise_id"] = record["id"]
        self.pending.setdefault(entity, []).append(record)
        return record

    def _flush(self) -> None:
        if not self.pending:
            return
        with self.ws.transaction():
            for entity in ("enterprise", "eit_member", "training_session", "training_enrolment", "attendance", "visit",
                           "observation", "action_item", "photo", "kpi_reading", "practice_check", "suggestion"):
                bulk.insert_many(self.ws, entity, self.pending.pop(entity, []), check=False)
        self.pending.clear()

    # -- enterprises and people ------------------------------------------------------------------------------

    def _chinese_enterprise(self, n: int) -> tuple[dict[str, Any], str]:
        city, city_latin, province = texts.CITIES[n % len(texts.CITIES)]
        sector = list(texts.SECTORS)[n % len(texts.SECTORS)]
        patterns, latin_patterns, products = texts.SECTORS[sector]
        brand, brand_latin = texts.BRANDS[n % len(texts.BRANDS)]
        suffix = "" if n < len(texts.BRANDS) else f"{n // len(texts.BRANDS) + 1}"
        choice = self.rng.randrange(len(patterns))
        women = self.rng.randint(60, 700)
        men = self.rng.randint(40, 400)
        managers = max(5, (women + men) // self.rng.randint(12, 25))
        enterprise = self._add(
            "enterprise", name=patterns[choice].format(city=city, brand=brand) + suffix,
            name_latin=latin_patterns[choice].format(city_latin=city_latin, brand_latin=brand_latin) + suffix,
            sector=sector, products=products, city=city_latin, province=province, country="CN",
            address=f"{city}市工业园区{self.rng.randint(1, 99)}号", headcount_women=women, headcount_men=men,
            headcount_managers=managers, headcount_workers=women + men - managers,
            sponsors=self.rng.sample(texts.SPONSORS, self.rng.randint(1, 2)),
            contact_name=self._chinese_name(),
            contact_phone=f"+86 1{self.rng.randint(3, 9)}{self.rng.randint(10**8, 10**9 - 1)}",
            consent_share=self.rng.random() < 0.8, report_language="zh_CN")
        return enterprise, "zh"

    def _foreign_enterprise(self, data: tuple, names: list[str], language: str) -> tuple[dict[str, Any], str]:
        name, latin, city, province, country, sector = data
        women, men = self.rng.randint(150, 500), self.rng.randint(50, 200)
        enterprise = self._add(
            "enterprise", name=name, name_latin=latin, sector=sector, city=city, province=province, country=country,
            products=texts.SECTORS[sector][2], headcount_women=women, headcount_men=men, headcount_managers=20,
            headcount_workers=women + men - 20, sponsors=self.rng.sample(texts.SPONSORS, 1),
            contact_name=names[0], consent_share=True, report_language="vi" if language == "vi" else "es")
        return enterprise, language

    def _chinese_name(self) -> str:
        return self.rng.choice(texts.SURNAMES) + self.rng.choice(texts.GIVEN_NAMES)

    def _new_name(self, taken: set[str], preferred: str | None = None) -> str:
        """A name nobody in ``taken`` has: one team never has two people of one name (a classroom session would
        refuse the second as the same person)."""
        if preferred and preferred not in taken:
            return preferred
        for _ in range(50):
            candidate = self._chinese_name() if preferred is None else f"{preferred} {self.rng.randint(2, 99)}"
            if candidate not in taken:
                return candidate
        return f"{preferred or self._chinese_name()} {len(taken) + 1}"

    def _eit(self, enterprise: dict[str, Any], language: str) -> list[dict[str, Any]]:
        count = self.rng.randint(6, 10)
        foreign = {"vi": texts.VIETNAMESE_NAMES, "es": texts.SPANISH_NAMES}.get(language)
        members: list[dict[str, Any]] = []
        for n in range(count):
            side = "manager" if n < count // 2 - (1 if count > 7 else 0) else "worker"
            members.append(self._add(
                "eit_member", enterprise_id=enterprise["id"],
                name=self._new_name({m["name"] for m in members}, foreign[n % len(foreign)] if foreign else None),
                role="chair" if n == 0 else "secretary" if n == 1 else "member", side=side,
                gender=self.rng.choice(("female", "female", "male")), department=self.rng.choice(texts.DEPARTMENTS),
                from_date=str(self.today - dt.timedelta(days=self.rng.randint(200, 400)))))
        return members

    # -- visits, findings, actions, photos --------------------------------------------------------------------

    def _visits(self, enterprise: dict[str, Any], members: list[dict[str, Any]], language: str) -> None:
        count = self.rng.randint(*self.size.visits)
        modules = [module.code for module in self.catalog.modules_in_order()]
        practices: dict[str, bool] = {}
        first_day = self.today - dt.timedelta(days=30 * count + self.rng.randint(0, 20))
        for n in range(count):
            is_last = n == count - 1
            # The last visit of most enterprises is planned for the coming days (the Today screen's week).
            visit_date = (self.today + dt.timedelta(days=self.rng.randint(0, 6)) if is_last and self.rng.random() < 0.6
                          else first_day + dt.timedelta(days=30 * n + self.rng.randint(0, 10)))
            planned = visit_date >= self.today
            visit_type = "baseline" if n == 0 else "final" if is_last and count > 3 and not planned else (
                "follow_up" if n % 3 == 2 else "consultation")
            status = "draft" if planned or self.rng.random() < 0.15 else self.rng.choice(("final", "signed"))
            # A signed visit locks what was recorded at it: it is signed once its findings are in (below).
            visit = self._add(
                "visit", enterprise_id=enterprise["id"], module=modules[n % len(modules)], visit_type=visit_type,
                visit_date=str(visit_date), status="final" if status == "signed" and not self.bulk else status,
                catalog_version=self.catalog.version,
                trainer=self.rng.choice(texts.TRAINERS),
                attendees=[m["id"] for m in self.rng.sample(members, min(len(members), self.rng.randint(3, 6)))],
                objectives=texts.OBJECTIVES[language], summary=None if planned else texts.SUMMARIES[language],
                next_visit_date=str(visit_date + dt.timedelta(days=30)))
            if planned and not self.bulk:
                continue  # a planned visit has no findings yet
            self._findings(visit, members, language, visit_date)
            if not planned:
                self._practice_checks(visit, practices, every_module=n == 0)
            if status == "signed" and not self.bulk:
                self.ws.visits.update(visit["id"], status="signed",
                                      signatures=demo_signatures(visit, members, visit_date))

    def _findings(self, visit: dict[str, Any], members: list[dict[str, Any]], language: str,
                  visit_date: dt.date) -> None:
        module = self.catalog.module(visit["module"])
        bank = {"vi": texts.VIETNAMESE_FINDINGS, "es": texts.SPANISH_FINDINGS}.get(language, texts.FINDINGS[module.code]
                                                                                  if module.code in texts.FINDINGS
                                                                                  else texts.FINDINGS["WC"])
        for position in range(self.rng.randint(*self.size.findings)):
            text, recommendation = self.rng.choice(bank)
            topic = self.rng.choice(module.topics)
            rating = self.rng.choices(("good", "improve", "critical", "na"), (2, 5, 2, 1))[0]
            observation = self._add(
                "observation", enterprise_id=visit["enterprise_id"], visit_id=visit["id"], topic=topic.code,
                location=self.rng.choice(texts.LOCATIONS.get(language, texts.LOCATIONS["zh"])), text=text,
                recommendation=recommendation if rating != "good" else None, rating=rating, position=position)
            if self._wants_photo():
                self._photo(observation, visit_date)
            if rating in ("improve", "critical") and self._wants_action():
                self._action(visit, observation, members, recommendation, visit_date)

    def _wants_photo(self) -> bool:
        return self.rng.random() < (0.2 if self.bulk else 0.45)

    def _wants_action(self) -> bool:
        return self.rng.random() < (0.42 if self.bulk else 0.5)

    def _action(self, visit: dict[str, Any], observation: dict[str, Any], members: list[dict[str, Any]],
                title: str, visit_date: dt.date) -> None:
        due = visit_date + dt.timedelta(days=self.rng.choice((7, 14, 30, 45)))
        roll = self.rng.random()
        if due < self.today and roll < 0.55:
            status, completed = "done", str(min(self.today, due + dt.timedelta(days=self.rng.randint(-5, 10))))
        elif roll < 0.62:
            status, completed = "dropped", None
        else:
            status, completed = self.rng.choice(("open", "in_progress")), None  # overdue when due < today
        expected = float(self.rng.choice((0, 500, 1200, 3000)))
        action = self._add("action_item", enterprise_id=visit["enterprise_id"], visit_id=visit["id"], title=title,
                           owner_id=self.rng.choice(members)["id"], due_date=str(due), status=status,
                           observation_id=observation["id"], module=visit["module"], completed_date=completed,
                           expected_saving=expected,
                           actual_saving=round(expected * self.cycle_rng.uniform(0.5, 1.4), -1) if completed
                           else None)
        if completed and self.cycle_rng.random() < (0.25 if self.bulk else 0.6):
            self._after_photo(action, dt.date.fromisoformat(completed))

    def _photo(self, observation: dict[str, Any], visit_date: dt.date) -> None:
        stored = self.rng.choice(self.photos)
        kind = self.rng.choice(("before", "evidence", "after"))
        self._add("photo", enterprise_id=observation["enterprise_id"], observation_id=observation["id"],
                  sha256=stored.sha256, size=stored.size, mime=stored.mime, width=stored.width, height=stored.height,
                  kind=kind, caption=self.rng.choice(texts.CAPTIONS[kind]), original_name=stored.original_name,
                  taken_at=f"{visit_date}T{self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}:00Z",
                  annotations=[], position=0)

    def _after_photo(self, action: dict[str, Any], day: dt.date) -> None:
        """The place once the action was done, photographed at a later visit."""
        stored = self.cycle_rng.choice(self.photos)
        self._add("photo", enterprise_id=action["enterprise_id"], action_item_id=action["id"], sha256=stored.sha256,
                  size=stored.size, mime=stored.mime, width=stored.width, height=stored.height, kind="after",
                  caption=self.cycle_rng.choice(texts.CAPTIONS["after"]), original_name=stored.original_name,
                  taken_at=f"{day}T{self.cycle_rng.randint(8, 17):02d}:00:00Z", annotations=[], position=0)

    def _photo_pool(self) -> list[StoredPhoto]:
        """Draw the pictures into a scratch folder and import them into the photo store."""
        store = PhotoStore(self.ws.paths)
        scratch = Path(tempfile.mkdtemp(prefix="score-demo-", dir=self.ws.paths.tmp))
        stored = []
        try:
            for n in range(self.size.photo_pool):
                orientation = (6, 8, 3)[n % 3] if n % 5 == 0 else 1
                path = images.write_photo(scratch / f"IMG_{n + 1:04d}.jpg", self.rng, size=self.size.photo_size,
                                          orientation=orientation,
                                          taken_at=dt.datetime.combine(self.today, dt.time(9)) - dt.timedelta(hours=n))
                stored.append(store.import_file(path))
                self.progress("photos", n + 1, self.size.photo_pool)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return stored

    # -- practice checks and suggestions -----------------------------------------------------------------------

    def _practice_checks(self, visit: dict[str, Any], practices: dict[str, bool], *, every_module: bool) -> None:
        """The baseline visit assesses every module's practices; later visits their own module's, which mostly
        improve (a practice in place usually stays, and about half of the missing ones arrive)."""
        modules = self.catalog.modules if every_module else [self.catalog.module(visit["module"])]
        phase = "baseline" if every_module else "final" if visit["visit_type"] == "final" else "progress"
        rng = self.cycle_rng
        for module in modules:
            for topic in module.topics:
                if topic.code not in practices:
                    in_place = rng.random() < 0.3
                elif practices[topic.code]:
                    in_place = rng.random() < 0.95
                else:
                    in_place = rng.random() < 0.5
                practices[topic.code] = in_place
                self._add("practice_check", enterprise_id=visit["enterprise_id"], visit_id=visit["id"],
                          topic=topic.code, phase=phase, in_place=in_place)

    def _suggestions(self, enterprise: dict[str, Any], members: list[dict[str, Any]], language: str) -> None:
        rng = self.cycle_rng
        bank = texts.SUGGESTIONS.get(language, texts.SUGGESTIONS["zh"])
        workers = [m["name"] for m in members if m["side"] == "worker"] or [m["name"] for m in members]
        for _ in range(rng.randint(25, 35) if self.bulk else rng.randint(4, 12)):
            received = self.today - dt.timedelta(days=rng.randint(5, 240))
            implemented = rng.random() < 0.55
            done_on = min(self.today, received + dt.timedelta(days=rng.randint(7, 60))) if implemented else None
            self._add("suggestion", enterprise_id=enterprise["id"], received_date=str(received),
                      text=rng.choice(bank), submitted_by=rng.choice(workers) if rng.random() < 0.8 else None,
                      implemented=implemented, implemented_date=str(done_on) if done_on else None,
                      reward=float(rng.choice((50, 100, 200))) if implemented else None,
                      saving=float(rng.choice((0, 300, 800, 2000))) if implemented else None)

    # -- KPI readings -----------------------------------------------------------------------------------------

    def _kpis(self, enterprise: dict[str, Any]) -> None:
        kpis = list(self.catalog.kpis)
        if self.bulk:
            readings_per_enterprise = self.size.totals["kpi_reading"] // (self.size.extra_chinese_enterprises + 2)
            months = readings_per_enterprise // len(kpis) or 1
            chosen = kpis
        else:
            months, chosen = self.rng.randint(3, 6), self.rng.sample(kpis, min(len(kpis), 8))
        for kpi in chosen:
            baseline = self._baseline(kpi)
            # Most KPIs improve; about one in five gets worse (a new product, a busy season).
            worse = self.cycle_rng.random() < 0.2
            reading = None
            for month in range(months):
                start = (self.today.replace(day=1) - dt.timedelta(days=31 * (months - month))).replace(day=1)
                end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                better = 1 + 0.03 * month * self.rng.uniform(0.2, 1.5)
                if worse:
                    better = 1 / better
                value = baseline / better if kpi.direction == "lower" else baseline * better
                if kpi.unit == "%":
                    value = min(value, 99.0)
                fields: dict[str, Any] = {"value": round(value) if kpi.unit in ("", "pcs") else round(value, 2)}
                if kpi.kind == "rate":
                    denominator = float(self.rng.randint(2000, 20000))
                    fields = {"numerator": round(value * denominator / kpi.scale, 1), "denominator": denominator}
                    fields["value"] = kpi.compute(fields["numerator"], fields["denominator"])
                reading = self._add("kpi_reading", enterprise_id=enterprise["id"], kpi=kpi.code,
                                    period_start=str(start), period_end=str(end),
                                    phase="baseline" if month == 0 else "progress",
                                    source=self.rng.choice(("records", "records", "estimate")), **fields)
            if reading is not None and months > 1 and self.cycle_rng.random() < 0.05:
                self._correction(kpi, reading)

    def _correction(self, kpi: Any, reading: dict[str, Any]) -> None:
        """The latest reading recounted from the records: a new reading that supersedes it, as a trainer makes."""
        fields = {name: reading.get(name) for name in ("kpi", "period_start", "period_end", "phase", "value",
                                                       "numerator", "denominator")}
        factor = self.cycle_rng.uniform(0.9, 0.98)
        if fields["numerator"] is not None:
            fields["numerator"] = round(fields["numerator"] * factor, 1)
            fields["value"] = kpi.compute(fields["numerator"], fields["denominator"])
        else:
            fields["value"] = round(fields["value"] * factor, 2)
        self._add("kpi_reading", enterprise_id=reading["enterprise_id"], supersedes_id=reading["id"],
                  source="records", note=texts.CORRECTION_NOTE, **fields)

    def _baseline(self, kpi: Any) -> float:
        low, high = texts.KPI_BASELINES.get(kpi.code, (5, 50))
        return self.rng.uniform(low, high)


def demo_signatures(visit: dict[str, Any], members: list[dict[str, Any]], day: dt.date) -> dict[str, Any]:
    """Both signatures of a demo visit, drawn as a hand would: a few loops and a flourish per signatory (its own
    random numbers, so the rest of the demo stays the same whatever this draws)."""
    rng = random.Random(visit["id"])
    chair = next((m for m in members if m.get("role") == "chair"), members[0] if members else {"name": ""})
    signers = {}
    for role, name, position in (("trainer", visit.get("trainer") or "", "SCORE"),
                                 ("enterprise", chair.get("name") or "", chair.get("position") or "")):
        signer = signatures.Signer(role, name=name, position=position)
        signers[role] = signer.drawing(_scribble(rng), day)
    return signatures.to_json(signers)


def _scribble(rng: random.Random) -> list[list[tuple[float, float]]]:
    """A name written in one go (a slanted wave whose loops rise and fall like letters), then an underline."""
    strokes = []
    x = 90.0 + rng.uniform(0, 50)
    for _word in range(rng.randint(1, 2)):
        letters = rng.randint(4, 7)
        heights = [rng.uniform(30, 95) for _ in range(letters)]
        points = []
        for step in range(letters * 14 + 1):
            t = step / 14
            height = heights[min(int(t), letters - 1)]
            angle = 2 * math.pi * t
            points.append((x + t * 48 + 16 * math.cos(angle) + 0.35 * height * math.sin(angle),
                           185 - height * (0.5 + 0.5 * math.sin(angle))))
        strokes.append(points)
        x = points[-1][0] + 55
    end = min(960.0, x + 20)
    strokes.append([(70 + (end - 70) * t / 30, 222 + 10 * math.sin(t / 30 * math.pi) - 4 * t / 30)
                    for t in range(31)])
    return strokes
