"""The ASGI entry point as a server process loads it."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_loaded_app_is_out_of_the_garbage_collectors_way():
    """What the web process imports lives as long as it does: frozen, so that a full
    collection walks only what came after (it paused the event loop for 60-200 ms)."""
    probe = (
        "import gc, json, gp_assistant.asgi; "
        "print(json.dumps([gc.get_freeze_count(), len(gc.get_objects())]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "gp_assistant.settings"}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    frozen, tracked = json.loads(out.stdout.strip().splitlines()[-1])
    assert frozen > 100_000, frozen
    assert tracked < frozen / 10, (frozen, tracked)
