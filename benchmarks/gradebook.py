"""Grow a course's gradebook to N students quickly, for benchmarks.

    from kit.course.create import init_course
    from benchmarks.gradebook import grow
    course = init_course("/tmp/big/course", exchange="/tmp/big/exchange")
    grow(course, 5000, assignments=("01-segments",))

Autograding thousands of notebooks takes hours; this writes what autograde and manual grading
would have left in nbgrader's tables instead: students, their submitted assignments and
notebooks, one grade per grade cell (code tests: full or zero points, automatic; written
answers: a manual score, or waiting for one), one comment per solution or task cell, a few
late penalties and extra credits. Bulk inserts with SQLAlchemy Core into nbgrader's own table
definitions (``nbgrader.api.Base.metadata``), in one transaction, so nbgrader itself reads the
result as usual (``nbgrader export``, the formgrader). Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa

from kit.course.directory import Course

__all__ = ["FIRST_NAMES", "LAST_NAMES", "grow"]

FIRST_NAMES = ("Ada", "Bo", "Chiara", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ines",
               "Jonas", "Kofi", "Lea", "Łukasz", "Mei", "Noor", "Oskar", "Priya", "Quentin",
               "Rosa", "Sami", "Tomás", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë")
LAST_NAMES = ("Abara", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad",
              "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Müller", "Nakamura", "Okafor",
              "Petrov", "Quispe", "Rossi", "Schmidt", "Tanaka", "Uysal", "Van Dijk", "Wójcik",
              "Xu", "Yilmaz", "Zhang")
_BATCH = 5000  # rows per executemany


def _uid() -> str:
    return uuid.uuid4().hex


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    for start in range(0, len(rows), _BATCH):
        conn.execute(table.insert(), rows[start:start + _BATCH])


def _structure(conn: sa.Connection, tables, names: Iterable[str]) -> dict[str, dict]:
    """Per assignment: its id and, per notebook, its graded cells and solution cells."""
    t = tables
    found: dict[str, dict] = {}
    for name in names:
        row = conn.execute(sa.select(t["assignment"].c.id)
                           .where(t["assignment"].c.name == name)).first()
        if row is None:
            have = conn.execute(sa.select(t["assignment"].c.name)).scalars().all()
            raise ValueError(f"no assignment {name!r} in the gradebook; it has: "
                             f"{', '.join(sorted(have)) or 'none'}")
        notebooks = {}
        for nb_id, in conn.execute(sa.select(t["notebook"].c.id)
                                   .where(t["notebook"].c.assignment_id == row.id)):
            cells = t["base_cell"]
            graded = conn.execute(
                sa.select(cells.c.id, t["grade_cells"].c.max_score, t["grade_cells"].c.cell_type)
                .join(t["grade_cells"], t["grade_cells"].c.id == cells.c.id)
                .where(cells.c.notebook_id == nb_id)).all()
            tasks = conn.execute(
                sa.select(cells.c.id, t["task_cells"].c.max_score, t["task_cells"].c.cell_type)
                .join(t["task_cells"], t["task_cells"].c.id == cells.c.id)
                .where(cells.c.notebook_id == nb_id)).all()
            solutions = conn.execute(
                sa.select(cells.c.id).join(t["solution_cells"],
                                           t["solution_cells"].c.id == cells.c.id)
                .where(cells.c.notebook_id == nb_id)).scalars().all()
            notebooks[nb_id] = {"graded": [*graded], "tasks": [*tasks],
                                "solutions": list(solutions)}
        found[name] = {"id": row.id, "notebooks": notebooks}
    return found


def grow(course: Course, n_students: int, assignments: Iterable[str] = ("01-segments",), *,
         submitted: float = 1.0, graded: float = 0.8, late: float = 0.05, seed: int = 0) -> int:
    """Add students ``s00000`` ... up to ``n_students`` in all, each with a graded submission of
    every assignment in ``assignments`` (a share ``submitted`` of them; ``graded`` of the
    written answers have a manual score; ``late`` of the submissions a late penalty).

    Students already in the gradebook are left alone. Returns how many students were added.
    """
    from nbgrader.api import Base  # nbgrader's own table definitions

    tables = Base.metadata.tables
    rng = random.Random(seed)
    engine = sa.create_engine(course.db_url)
    try:
        with engine.begin() as conn:
            structure = _structure(conn, tables, assignments)
            have = set(conn.execute(sa.select(tables["student"].c.id)).scalars())
            ids = [f"s{i:05d}" for i in range(n_students)]
            new = [sid for sid in ids if sid not in have]
            students: list[dict] = []
            subs: list[dict] = []
            nbs: list[dict] = []
            grades: list[dict] = []
            comments: list[dict] = []
            due = datetime(2027, 3, 1, 23, 59)
            for sid in new:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                students.append({"id": sid, "first_name": first, "last_name": last,
                                 "email": f"{sid}@students.example.edu", "lms_user_id": None})
                skill = rng.random()
                for spec in structure.values():
                    if rng.random() >= submitted:
                        continue
                    is_late = rng.random() < late
                    sub_id = _uid()
                    stamp = due + timedelta(hours=rng.uniform(1, 48) if is_late
                                            else -rng.uniform(1, 240))
                    subs.append({"id": sub_id, "assignment_id": spec["id"], "student_id": sid,
                                 "timestamp": stamp, "extension": None})
                    for nb_id, cells in spec["notebooks"].items():
                        snb_id = _uid()
                        nbs.append({"id": snb_id, "assignment_id": sub_id, "notebook_id": nb_id,
                                    "flagged": False,
                                    "late_submission_penalty": 1.0 if is_late else 0.0})
                        for cell_id, top, kind in [*cells["graded"], *cells["tasks"]]:
                            auto = manual = extra = None
                            needs = False
                            if kind == "code":
                                auto = float(top) if rng.random() < skill else 0.0
                            elif rng.random() < graded:
                                manual = float(rng.randint(0, int(top)))
                                extra = 1.0 if rng.random() < 0.03 else None
                            else:
                                needs = True
                            grades.append({"id": _uid(), "notebook_id": snb_id,
                                           "cell_id": cell_id, "auto_score": auto,
                                           "manual_score": manual, "extra_credit": extra,
                                           "needs_manual_grade": needs})
                        # as nbgrader's add_submission: a comment per solution and task cell
                        commented = [*cells["solutions"], *(c for c, _, _ in cells["tasks"])]
                        comments.extend({"id": _uid(), "notebook_id": snb_id, "cell_id": c,
                                         "auto_comment": None, "manual_comment": None}
                                        for c in commented)
            _insert(conn, tables["student"], students)
            _insert(conn, tables["submitted_assignment"], subs)
            _insert(conn, tables["submitted_notebook"], nbs)
            _insert(conn, tables["grade"], grades)
            _insert(conn, tables["comment"], comments)
    finally:
        engine.dispose()
    return len(new)
