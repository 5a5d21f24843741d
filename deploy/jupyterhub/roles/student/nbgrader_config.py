"""nbgrader settings of a student's server on the course hub (found through JUPYTER_CONFIG_PATH).

The hub sets CDKIT_EXCHANGE and CDKIT_COURSE_ID (deploy/jupyterhub/jupyterhub_config.py).
"""

import os

c = get_config()  # noqa: F821  (provided by nbgrader when it reads this file)

c.Exchange.root = os.environ.get("CDKIT_EXCHANGE", "/srv/nbgrader/exchange")
c.CourseDirectory.course_id = os.environ.get("CDKIT_COURSE_ID", "customer-discovery")
# Submissions are filed under the hub's user name. nbgrader would use the system account's
# name, which is the same with one account per user, but not when every server runs as one
# shared account (SimpleLocalProcessSpawner, or containers that are not "jovyan").
if os.environ.get("JUPYTERHUB_USER"):
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]
