"""nbgrader configuration of the Customer Discovery course.

Copy this folder to start a course (or run `cdkit course init DIR`). Settings that differ per
installation come from environment variables:

- CDKIT_COURSE_ID  the course id students fetch from (default: customer-discovery)
- CDKIT_EXCHANGE   the exchange folder shared by instructors and students
                   (default: /srv/nbgrader/exchange; JupyterHub set-ups often use it as is)
- CDKIT_DB_URL     the gradebook database (default: gradebook.db in this folder; PostgreSQL:
                   postgresql+psycopg://user:password@host/dbname)
"""

import os

c = get_config()  # noqa: F821  (provided by nbgrader when it reads this file)

ASSIGNMENTS = ["01-segments", "02-profile", "03-interview-plan", "04-interview-log"]
HERE = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = os.environ.get("CDKIT_COURSE_ID", "customer-discovery")
c.CourseDirectory.root = HERE
if os.environ.get("CDKIT_DB_URL"):
    c.CourseDirectory.db_url = os.environ["CDKIT_DB_URL"]
c.Exchange.root = os.environ.get("CDKIT_EXCHANGE", "/srv/nbgrader/exchange")

# The learner's saved work is in workbook.json: never replace a student's copy at autograde,
# and never ship backups or set-aside copies.
c.Autograde.exclude_overwriting = {a: ["workbook.json"] for a in ASSIGNMENTS}
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*",
                            "workbook.json.bak", "workbook.*.json", "exports"]

# Every released notebook starts with the course header.
c.IncludeHeaderFooter.header = os.path.join(HERE, "source", "header.ipynb")

# Grading re-runs every notebook headless: give each cell time, but not forever.
c.Execute.timeout = 120
c.ExecutePreprocessor.timeout = 120
c.Execute.interrupt_on_timeout = True

# A student who deleted a graded cell gets it back (and a zero for it) instead of a crash.
c.OverwriteCells.add_missing_cells = True

# Released notebooks: an optional code cell says so instead of raising NotImplementedError.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE (optional: the forms above do the same)"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
