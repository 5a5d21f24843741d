"""``cdkit demo``: a synthetic class that runs the whole course cycle, so an instructor can see
it work before the first lecture.

Students' work varies on purpose: excellent, average, weak, blank and late submissions, across
three case studies (consumer, business-to-business, multi-sided) in ``datasets/demo/``. They
are not the lessons' examples: work copied from those is flagged as copied, as it should be.
The cycle uses nbgrader's real exchange (release, fetch, submit, collect) in one process, then
grades in parallel, generates feedback, and writes the class report and the LMS export.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import Course
from kit.errors import KitError
from kit.model import NewItem, Quote, Workbook
from kit.workbook import WorkbookStore

__all__ = ["KINDS", "DemoResult", "build_demo", "synthetic_workbook"]

KINDS = ("excellent", "average", "weak", "blank", "late")
CASES = ("swim-school", "dairy-records", "sound-crew")
FIRST = ["Ada", "Bo", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana", "Ines", "Jon", "Kai", "Lea",
         "Mo", "Nia", "Oli", "Pia", "Quin", "Rae", "Sol", "Tea", "Uma", "Vik", "Wen", "Yara"]
LAST = ["Adeyemi", "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ito",
        "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Sato"]
REFLECTION = ("Our strongest pattern was the lack of time after work; it came up in most "
              "interviews, so we keep that segment and test one new question next round.")


def _example(name: str) -> Workbook:
    """A demo student's whole-course work, read from ``datasets/demo/<name>.json``."""
    from kit.data import datasets_dir
    from kit.workbook import parse_workbook

    path = datasets_dir() / "demo" / f"{name}.json"
    return parse_workbook(path.read_bytes(), path.name)


# Things the synthetic interviewees say that the example profiles did not expect.
SURPRISES = {
    "ledgerly": [("pain", "Pays the accountant extra every quarter to sort out the receipts"),
                 ("job", "Keeps a paper notebook of which clients still owe money"),
                 ("pain", "The bank shows incoming payments two or three days late")],
    "sittercircle": [("job", "Asks the neighbours first and only then searches online"),
                     ("pain", "Feels awkward asking a sitter for their hourly rate"),
                     ("gain", "A sitter the children already know from school")],
}


def _interviews(wb: Workbook, rng: random.Random, n: int, case: str) -> None:
    """Log ``n`` plausible interviews with the plan's contacts (for cases without a log)."""
    seg = wb.plan_segment
    if seg is None or not wb.plan.contacts:
        return
    items = seg.profile.all_items()
    surprises = SURPRISES.get(case) or [("pain", "Mentioned a cost we had not thought about")]
    for i in range(min(n, len(wb.plan.contacts))):
        contact = wb.plan.contacts[i]
        contact.status = "done"
        confirmed = rng.sample(items, k=min(len(items), rng.randint(2, 4)))
        kind, text = surprises[i % len(surprises)]
        new = [NewItem(kind=kind, text=text)]
        wb.add_interview(contact.id, (dt.date(2026, 10, 5) + dt.timedelta(days=3 * i))
                         .isoformat(), confirmed=[x.id for x in confirmed], new_items=new,
                         quotes=[Quote(text=f"Honestly, {confirmed[0].text.lower()}.",
                                       item=confirmed[0].id)])
    from kit.synthesis import apply_evidence

    apply_evidence(wb)


def synthetic_workbook(kind: str, rng: random.Random, learner: str) -> Workbook | None:
    """The whole-course workbook of one synthetic student (``None`` for a blank one)."""
    if kind == "blank":
        return None
    case = rng.choice(CASES)
    wb = _example(case)
    wb.learner = learner
    if not wb.interviews:
        _interviews(wb, rng, rng.randint(3, 5), case)
    for seg in wb.targeted_segments:  # vary the class: not everyone names the same things
        for items in (seg.profile.pains, seg.profile.gains):
            if len(items) > 3 and rng.random() < 0.5:
                items.pop(rng.randrange(3, len(items)))
    if kind == "average":
        wb.segment_pattern = None
        for seg in wb.segments:
            if seg.targeted is False:
                seg.reason = ""
        wb.plan.add_question("Would you buy a kit like ours?")
        wb.interviews = wb.interviews[:2]
    elif kind == "weak":
        keep = wb.targeted_segments[:1]
        wb.segments = keep
        for seg in keep:
            seg.descriptors = {f: v[:1] for f, v in seg.descriptors.items()}
            seg.context = seg.payer = seg.user = ""
            seg.profile.jobs, seg.profile.gains = seg.profile.jobs[:1], []
        wb.plan.contacts = wb.plan.contacts[:1]
        wb.plan.questions = wb.plan.questions[:2]
        wb.interviews = []
    return wb


@dataclass
class DemoResult:
    course: Course
    students: dict[str, str]  # student id -> kind of work
    report: Path | None = None
    grades: Path | None = None
    summaries: dict[str, object] = field(default_factory=dict)


def _exchange(app_cls, course: Course, assignment: str, student: str, home: Path):
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=course.config, root=str(course.root))
    coursedir.assignment_id, coursedir.student_id = assignment, student
    app = app_cls(coursedir=coursedir, authenticator=Authenticator(config=course.config),
                  config=course.config)
    app.assignment_dir = str(home)
    app.root = str(course.exchange)
    app.start()


def _write_answers(folder: Path, assignment: str) -> None:
    path = folder / f"{assignment}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id", "").startswith("reflection_"):
            cell.source = REFLECTION
    nbformat.write(notebook, path)


def build_demo(out: str | Path, students: int = 12, *, grade: bool = True,
               db_url: str | None = None, jobs: int | None = None, seed: int = 2026,
               progress: bool = True, say=print) -> DemoResult:
    """Build a synthetic class in ``out`` and run the course cycle on it."""
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit

    if students < 1:
        raise KitError("A demo class needs at least 1 student.")
    out = Path(out).expanduser().resolve()
    rng = random.Random(seed)
    course = init_course(out, db_url=db_url, exchange=str(out / "exchange"))
    say(f"Course created in {out}")
    ids = {}
    for i in range(students):
        sid = f"{FIRST[i % len(FIRST)].lower()}{i // len(FIRST) or ''}"
        ids[sid] = KINDS[i % len(KINDS)]
    release = dt.datetime(2026, 10, 1, 9, 0)
    with course.gradebook() as gb:
        for n, sid in enumerate(ids):
            gb.update_or_create_student(sid, first_name=FIRST[n % len(FIRST)],
                                        last_name=LAST[n % len(LAST)],
                                        email=f"{sid}@example.org")
        for k, a in enumerate(course.assignments()):
            gb.update_or_create_assignment(a, duedate=release + dt.timedelta(days=7 * (k + 1)))
    api = course.api()
    for a in course.assignments():
        result = api.release_assignment(a)
        if not result["success"]:
            raise KitError(f"Releasing {a} failed: {result.get('error', '')[-300:]}")
    say(f"Released {len(course.assignments())} assignments to {course.exchange}")
    homes = Path(tempfile.mkdtemp(prefix="cdkit-demo-homes-"))
    for sid, kind in ids.items():
        home = homes / sid
        home.mkdir()
        wb = synthetic_workbook(kind, rng, sid.capitalize())
        for a in course.assignments():
            _exchange(ExchangeFetchAssignment, course, a, sid, home)
            if wb is not None:
                WorkbookStore(home / a / "workbook.json").save(wb)
                (home / a / "workbook.json.bak").unlink(missing_ok=True)
                if kind in ("excellent", "late", "average"):
                    _write_answers(home / a, a)
            _exchange(ExchangeSubmit, course, a, sid, home)
    counts = ", ".join(f"{sum(v == k for v in ids.values())} {k}" for k in KINDS)
    say(f"{len(ids)} students fetched, worked and submitted ({counts})")
    for k, a in enumerate(course.assignments()):
        course.collect(a)  # refuses what is not a plain student id, as 'cdkit collect'
        due = release + dt.timedelta(days=7 * (k + 1))
        for sid, kind in ids.items():  # spread the submission times around the due date
            stamp = course.root / "submitted" / sid / a / "timestamp.txt"
            days = rng.uniform(8, 10) if kind == "late" else rng.uniform(1, 6.5)
            when = due - dt.timedelta(days=7) + dt.timedelta(days=days)
            stamp.write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"))
    say("Collected every submission")
    result = DemoResult(course, ids)
    if not grade:
        return result
    from kit.course.api import CourseAPI

    steps = CourseAPI(course)
    for a in course.assignments():
        summary = steps.grade(a, jobs=jobs, progress=progress)
        result.summaries[a] = summary
        say(f"Graded {a}: {len(summary.graded)} graded, {len(summary.failed)} failed, "
            f"{len(summary.flagged)} flagged")
    for a in course.assignments():
        if any((course.root / "autograded").glob(f"*/{a}")):
            steps.feedback(a, release=False)
    say("Feedback generated")
    result.report = steps.report(out / "report.html").path
    result.grades = steps.export(out / "grades.csv").path
    say(f"Report: {result.report}\nGrades: {result.grades}")
    assert set(ASSIGNMENTS) >= set(course.assignments())
    return result
