"""The GP's edit as a diff against the AI draft (ARCHITECTURE rule 4). Pure."""

from __future__ import annotations

from typing import Any


def diff_payloads(before: Any, after: Any, path: str = "") -> list[dict]:
    """List every changed leaf as {path, before, after}; dict keys and list indexes form paths."""
    if isinstance(before, dict) and isinstance(after, dict):
        changes: list[dict] = []
        for key in sorted(set(before) | set(after), key=str):
            child = f"{path}/{key}"
            if key not in after:
                changes.append({"path": child, "op": "remove", "before": before[key]})
            elif key not in before:
                changes.append({"path": child, "op": "add", "after": after[key]})
            else:
                changes.extend(diff_payloads(before[key], after[key], child))
        return changes
    if isinstance(before, list) and isinstance(after, list):
        changes = []
        for index in range(max(len(before), len(after))):
            child = f"{path}/{index}"
            if index >= len(after):
                changes.append({"path": child, "op": "remove", "before": before[index]})
            elif index >= len(before):
                changes.append({"path": child, "op": "add", "after": after[index]})
            else:
                changes.extend(diff_payloads(before[index], after[index], child))
        return changes
    if before == after:
        return []
    return [{"path": path or "/", "op": "replace", "before": before, "after": after}]
