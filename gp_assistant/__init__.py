"""The Django project: settings, ASGI entry point, Celery app, URLs. No domain logic."""

import os

# Read by OpenBLAS when NumPy first loads it, so before anything imports NumPy: an idle BLAS
# thread sleeps after 2**20 cycles (about half a millisecond) instead of 2**28 (about a tenth
# of a second), so a two-thread query embedding does not leave a core spinning after it.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "20")

from .celery import app as celery_app

__all__ = ["celery_app"]
