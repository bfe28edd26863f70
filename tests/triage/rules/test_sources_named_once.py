"""Each guideline reference in sources.py is assigned once: a second assignment of the same name
silently replaces the first rule's citation (as SCARLET_FEVER, RABIES and SPINAL_INJURY once
did)."""

import collections
import re
from pathlib import Path

import triage.rules.sources as sources


def test_each_source_name_is_assigned_once():
    text = Path(sources.__file__).read_text(encoding="utf-8")
    names = re.findall(r"^([A-Z][A-Z0-9_]*) = ", text, re.M)
    twice = [name for name, count in collections.Counter(names).items() if count > 1]
    assert twice == []
