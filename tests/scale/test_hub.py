"""A course on JupyterHub (deploy/jupyterhub): a student fetches and submits from their server,
the instructor collects and grades.

Through the hub's REST API: a student and an instructor, in the ``students`` and
``instructors`` groups, log in with their passwords (DummyAuthenticator) and get tokens; each
starts their server, and through its API (nbgrader's Assignments tab endpoints and Jupyter's
contents API) the student fetches the released assignment, saves a workbook in it and submits.
The instructor then collects through the formgrader service on the hub, grades with ``cdkit
grade`` in the course directory, and the student's score, in the gradebook and as the
formgrader shows it, is the one the rubric gives that workbook. Along the way: students'
servers have the Assignments tab and Validate but no formgrader, and the formgrader service
answers instructors only.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest

from kit.checks import rubric
from kit.course.directory import Course
from kit.workbook import WorkbookStore

from .conftest import A, cdkit, cell_scores, expected_cells, student_workbook, wait_for

pytestmark = [pytest.mark.hub, pytest.mark.slow]
STUDENT, INSTRUCTOR = "ada", "ines"  # ada hands in the excellent work of conftest.KINDS


def workbook_text() -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "workbook.json"
        WorkbookStore(path).save(student_workbook(STUDENT))
        return path.read_text("utf-8")


def page_config(html: str) -> dict:
    found = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                      html, re.S)
    assert found, html[:2000]
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def people(hub):
    """The admin service puts a student and an instructor on the roster and in their groups;
    each then logs in through the REST API with their password and gets their own token."""
    made = hub.api("POST", "/users", json={"usernames": [STUDENT, INSTRUCTOR]})
    assert made.status_code == 201, made.text
    for group, user in (("students", STUDENT), ("instructors", INSTRUCTOR)):
        added = hub.api("POST", f"/groups/{group}/users", json={"users": [user]})
        assert added.status_code == 200, added.text
    wrong = hub.api("POST", f"/users/{STUDENT}/tokens", token="",
                    json={"auth": {"username": STUDENT, "password": "not-the-password"}})
    assert wrong.status_code == 403, wrong.text
    tokens = {}
    for user in (STUDENT, INSTRUCTOR):
        answer = hub.api("POST", f"/users/{user}/tokens", token="",
                         json={"auth": {"username": user, "password": hub.password},
                               "note": "cdkit scale test", "expires_in": 3600})
        assert answer.status_code == 201, answer.text
        tokens[user] = answer.json()["token"]
        me = hub.api("GET", "/user", token=tokens[user])
        assert me.status_code == 200 and me.json()["name"] == user, me.text
    return tokens


@pytest.fixture(scope="module")
def servers(hub, people) -> dict[str, str]:
    """The student's and the instructor's servers, each started by its user's own token."""
    for user in (STUDENT, INSTRUCTOR):
        started = hub.api("POST", f"/users/{user}/server", token=people[user])
        assert started.status_code in (201, 202), started.text
    for user in (STUDENT, INSTRUCTOR):
        def ready(user=user):
            return hub.api("GET", f"/users/{user}").json()["servers"].get("", {}).get("ready")

        wait_for(ready, f"{user}'s server", 330, hub.log, hub.proc, every=0.5)
    return {user: f"/user/{user}" for user in (STUDENT, INSTRUCTOR)}


@pytest.fixture(scope="module")
def student_server(servers) -> str:
    return servers[STUDENT]


def test_groups_hold_the_course_roles(hub, people):
    groups = {g["name"]: g["users"] for g in hub.api("GET", "/groups").json()}
    assert groups["students"] == [STUDENT] and groups["instructors"] == [INSTRUCTOR]
    services = hub.api("GET", "/services").json()
    assert hub.course_id in services and services[hub.course_id]["command"]


def test_a_student_has_the_assignments_tab_but_no_formgrader(hub, people, student_server):
    token = people[STUDENT]
    listing = hub.get(f"{student_server}/assignments", token,
                      params={"course_id": hub.course_id})
    assert listing.status_code == 200, listing.text
    released = listing.json()
    assert released["success"], released
    assert [(a["assignment_id"], a["status"]) for a in released["value"]] == [(A, "released")]
    for path in ("/formgrader", "/formgraders"):  # formgrader and course list: switched off
        assert hub.get(f"{student_server}{path}", token).status_code == 404, path
    lab = hub.get(f"{student_server}/lab", token)
    assert lab.status_code == 200
    disabled = set(page_config(lab.text)["disabledExtensions"])
    assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
            "@jupyter/nbgrader:course-list"} <= disabled
    assert not disabled & {"@jupyter/nbgrader:assignment-list",
                           "@jupyter/nbgrader:validate-assignment"}


def test_an_instructor_has_every_nbgrader_extension(hub, people, servers):
    token, server = people[INSTRUCTOR], servers[INSTRUCTOR]
    for path in ("/formgrader", "/formgraders", "/assignments?course_id=" + hub.course_id):
        answer = hub.get(f"{server}{path}", token)
        assert answer.status_code in (200, 302), (path, answer.status_code, answer.text[:500])
    lab = hub.get(f"{server}/lab", token)
    assert lab.status_code == 200
    disabled = set(page_config(lab.text)["disabledExtensions"])
    assert not {d for d in disabled if d.startswith("@jupyter/nbgrader")}, disabled


def test_the_formgrader_service_is_for_instructors_only(hub, people):
    service = f"/services/{hub.course_id}"

    def up():
        answer = hub.get(f"{service}/formgrader", people[INSTRUCTOR])
        return answer if answer.status_code not in (502, 503) else None

    answer = wait_for(up, "the formgrader service", 300, hub.log, hub.proc, every=1)
    assert answer.status_code == 302, answer.text[:2000]  # to its first page
    page = hub.get(answer.headers["Location"], people[INSTRUCTOR])
    assert page.status_code == 200 and "nbgrader formgrade" in page.text, page.text[:2000]
    assignments = hub.get(f"{service}/formgrader/api/assignments", people[INSTRUCTOR])
    assert assignments.status_code == 200, assignments.text[:2000]
    status = {a["name"]: a["status"] for a in assignments.json()}  # the course's gradebook
    assert set(status) == set(Course(hub.course).assignments()) and status[A] == "released"
    for path in ("/formgrader/manage_assignments", "/formgrader/api/assignments",
                 "/api/status"):
        assert hub.get(f"{service}{path}", people[STUDENT]).status_code == 403, path


def test_fetch_submit_collect_and_grade(hub, people, student_server):
    token, course, course_id = people[STUDENT], hub.course, hub.course_id
    fetched = hub.post(f"{student_server}/assignments/fetch", token,
                       json={"course_id": course_id, "assignment_id": A})
    assert fetched.status_code == 200, fetched.text
    assert [a["status"] for a in fetched.json()["value"]
            if a["assignment_id"] == A] == ["fetched"], fetched.text
    home = hub.homes / STUDENT
    assert (home / A / f"{A}.ipynb").is_file()

    saved = hub.put(f"{student_server}/api/contents/{A}/workbook.json", token,
                    json={"type": "file", "format": "text", "content": workbook_text()})
    assert saved.status_code in (200, 201), saved.text
    submitted = hub.post(f"{student_server}/assignments/submit", token,
                         json={"course_id": course_id, "assignment_id": A})
    assert submitted.status_code == 200, submitted.text
    answer = submitted.json()
    assert answer["success"], answer
    inbound = list((hub.exchange / course_id / "inbound").glob(f"{STUDENT}+{A}+*"))
    assert len(inbound) == 1, "the submission must be filed under the hub's user name"
    assert (inbound[0] / "workbook.json").is_file()

    # The instructor, through the hub: the formgrader service collects the submission ...
    service, instructor = f"/services/{course_id}/formgrader/api", people[INSTRUCTOR]
    refused = hub.post(f"{service}/assignment/{A}/collect", token)
    assert refused.status_code == 403, "a student must not collect"
    collected = hub.post(f"{service}/assignment/{A}/collect", instructor)
    assert collected.status_code == 200, collected.text
    assert collected.json()["success"], collected.text
    assert (course / "submitted" / STUDENT / A / "workbook.json").is_file()
    # ... the kit grades it in the course directory (what an instructor runs in the service's
    # terminal), and the formgrader shows the instructor the score the rubric gives the work.
    graded = cdkit("grade", A, "--jobs", "1", cwd=course)
    assert "1 graded, 0 failed" in graded.stdout, graded.stdout
    scores = cell_scores(Course(course).db_url)
    want = expected_cells(STUDENT)
    assert {cell: scores[STUDENT][cell][0] for cell in want} == want
    assert sum(want.values()) == rubric.assignment(A).auto_points  # every automatic point
    shown = hub.get(f"{service}/submission/{A}/{STUDENT}", instructor)
    assert shown.status_code == 200, shown.text
    assert shown.json()["autograded"] and shown.json()["score"] == sum(want.values()), \
        shown.text
    assert hub.get(f"{service}/submission/{A}/{STUDENT}", token).status_code == 403
