"""Every environment variable the settings read is documented in .env.example, and every
documented one is read."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_env_example_matches_settings():
    source = (ROOT / "gp_assistant" / "settings.py").read_text()
    read = set(re.findall(r'env_\w+\(\s*"([A-Z_]+)"', source))
    read |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z_]+)"', source))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read, "no variables found in settings.py"
    assert read - documented == set(), "read but not documented"
    assert documented - read == set(), "documented but not read"
