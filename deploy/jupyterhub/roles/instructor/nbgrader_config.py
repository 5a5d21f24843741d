"""nbgrader settings of an instructor's server and of the formgrader service on the course hub.

The hub sets CDKIT_EXCHANGE, CDKIT_COURSE_ID and CDKIT_COURSE_DIR
(deploy/jupyterhub/jupyterhub_config.py). The course directory's own nbgrader_config.py (made
by `cdkit course init`) is read after this file and wins where both set something.
"""

import os

c = get_config()  # noqa: F821  (provided by nbgrader when it reads this file)

c.Exchange.root = os.environ.get("CDKIT_EXCHANGE", "/srv/nbgrader/exchange")
c.CourseDirectory.course_id = os.environ.get("CDKIT_COURSE_ID", "customer-discovery")
if os.environ.get("CDKIT_COURSE_DIR"):
    c.CourseDirectory.root = os.environ["CDKIT_COURSE_DIR"]
