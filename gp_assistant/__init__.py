"""The Django project: settings, ASGI entry point, Celery app, URLs. No domain logic."""

import os

# Read by OpenBLAS when NumPy first loads it, so before anything imports NumPy. NumPy's BLAS is
# left only small vector work (the embedding model runs in ONNX Runtime, knowledge/e5_onnx.py),
# which a second thread would slow down, and whose idle helper thread would spin for a tenth
# of a second after each call.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .celery import app as celery_app

__all__ = ["celery_app"]
