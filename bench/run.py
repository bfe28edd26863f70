"""Run the benchmarks (bench/bench_*.py), one after another, and print one JSON object.

Usage, from the repository root:
    .venv/bin/python bench/run.py                 every benchmark
    .venv/bin/python bench/run.py ws_echo triage  only these (names without "bench_")

Each benchmark runs as its own process with a timeout (BENCH_TIMEOUT seconds, default 600)
and must print exactly one JSON object on stdout. A benchmark that fails, times out or prints
something else is reported as {"error": ...}; the runner then exits non-zero.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


def discover() -> dict[str, Path]:
    """The benchmark scripts by name: bench/bench_<name>.py -> <name>."""
    return {p.stem.removeprefix("bench_"): p for p in sorted(BENCH_DIR.glob("bench_*.py"))}


def parse_output(stdout: str) -> dict | None:
    """The benchmark's JSON object: the whole output, or else its last line that is one."""
    text = stdout.strip()
    candidates = [text, *reversed(text.splitlines())]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM the benchmark's process group (it cleans up), SIGKILL it if it lingers."""
    for sig, grace in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def _forward(stream, lines: list[str], echo: bool) -> None:
    for line in stream:
        lines.append(line)
        if echo:
            sys.stderr.write(line)


def run_one(name: str, script: Path, timeout: float) -> dict:
    """Run one benchmark script and return its JSON or {"error": ...}."""
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    # Its own session, so a timeout can stop the servers the benchmark started too.
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    # Show the benchmark's progress as it runs, and keep it for the error report.
    lines: list[str] = []
    out: list[str] = []
    readers = [
        threading.Thread(target=_forward, args=(proc.stderr, lines, True), daemon=True),
        threading.Thread(target=_forward, args=(proc.stdout, out, False), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        proc.wait(timeout=timeout)
    except KeyboardInterrupt:
        stop_group(proc)
        raise
    except subprocess.TimeoutExpired:
        stop_group(proc)
        for reader in readers:
            reader.join(5)
        result = parse_output("".join(out)) or {}
        return {**result, "error": f"timed out after {timeout:.0f} s"}
    for reader in readers:
        reader.join(5)
    stdout = "".join(out)
    stderr = "".join(lines)
    elapsed = round(time.monotonic() - started, 1)
    print(f"[bench] {name} finished in {elapsed} s (exit {proc.returncode})", file=sys.stderr)
    result = parse_output(stdout)
    if result is None:
        detail = (stderr.strip() or stdout.strip())[-1500:]
        return {"error": f"exit {proc.returncode}, no JSON object on stdout: {detail}"}
    if proc.returncode != 0:
        # Keep the figures it did print; the exit code says something failed.
        result.setdefault("error", f"exit {proc.returncode}: {stderr.strip()[-500:]}")
    return result


def machine() -> dict:
    """What the figures were measured on; shared machines are noisy, so include the load."""
    info: dict = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    with contextlib.suppress(OSError):
        info["loadavg_at_start"] = [round(x, 2) for x in os.getloadavg()]
    return info


def main(argv: list[str]) -> int:
    """Run the selected benchmarks and print {"benchmarks": {...}, "machine": {...}}."""
    available = discover()
    selected = argv or list(available)
    unknown = [n for n in selected if n not in available]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}",
            file=sys.stderr,
        )
        return 2
    timeout = float(os.environ.get("BENCH_TIMEOUT", "600"))
    info = machine()
    results = {name: run_one(name, available[name], timeout) for name in selected}
    print(json.dumps({"benchmarks": results, "machine": info}, ensure_ascii=False, indent=2))
    return 1 if any("error" in r for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
