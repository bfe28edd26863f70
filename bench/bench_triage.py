"""Benchmark: time to triage each new staff message in a 30-message conversation.

Each conversation re-assesses all messages so far after every new one (as the service does);
the per-message parse cache is cleared between conversations so every new message is parsed
cold. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage.rules import assess, extract_facts

MESSAGES = [
    "65岁男性，今天上午开始胸口闷痛，活动后加重",
    "疼痛放射到左肩，伴有出汗，无发热、咳嗽",
    "既往高血压10年，吸烟30年，否认糖尿病",
    "血压165/95 mmHg，脉搏 98次/分，呼吸 20次/分",
    "SpO2 95%，体温36.8℃",
    "a 72-year-old woman with a cough for 3 days and a runny nose, no fever",
    "she denies chest pain, shortness of breath or sweating",
    "BP 150/90, HR 88, RR 18, T 37.2",
    "3个月大的男婴，发烧38.5度，吃奶差，精神萎靡",
    "宝宝呼吸 55次/分，有胸凹陷",
    "没有抽搐，没有呕吐，大便正常",
    "孕32周，头痛，视物模糊，血压160/110",
    "28 weeks pregnant, reduced fetal movements since this morning",
    "患者拉肚子2天，一天5次，无血便，能喝水，尿量正常",
    "ankle sprain playing football, able to walk, mild swelling",
    "血糖 2.8 mmol/L，意识模糊",
    "GCS 13 after a fall, hit his head, vomited twice",
    "喝了农药，口吐白沫",
    "no fever but crushing chest pain radiating to the jaw",
    "口角歪斜，说话不清，左侧肢体无力，突然发生30分钟",
    "腰痛3天，搬重物后出现，无下肢麻木，大小便正常",
    "sore throat and sneezing for 2 days, eating and drinking well",
    "肚子痛，右下腹明显，发热38.3，呕吐一次",
    "skin pinch goes back slowly, sunken eyes, drinking eagerly",
    "血氧88，喘不上气，嘴唇发紫",
    "不想活了，已经想好怎么做",
    "被狗咬伤右手，伤口出血不多",
    "headache, mild, with a blocked nose and body aches",
    "体温39.5，寒战，意识清楚，呼吸 24次/分，血压 98/60",
    "复查血压，平时规律服药，没有不舒服",
]


def _one_conversation(tag: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this thread) milliseconds to triage each new message."""
    extract_facts.cache_clear()
    texts: list[str] = []
    wall, cpu = [], []
    for i, msg in enumerate(MESSAGES):
        texts.append(f"{msg} ({tag}-{i})")  # unique text: never served from an earlier run's cache
        start, cpu_start = time.perf_counter(), time.thread_time()
        assess(texts)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - cpu_start) * 1000)
    return wall, cpu


def main() -> None:
    """Run the benchmark and print the figures as JSON."""
    _one_conversation(-1)  # warm up imports and regex compilation
    deadline = time.perf_counter() + 20
    times: list[float] = []
    cpu: list[float] = []
    conversations = 0
    while conversations < 40 and time.perf_counter() < deadline:
        wall, used = _one_conversation(conversations)
        times.extend(wall)
        cpu.extend(used)
        conversations += 1
    times.sort()
    cpu.sort()

    def pct(p: float, values: list[float] | None = None) -> float:
        values = times if values is None else values
        return round(values[min(len(values) - 1, int(p * len(values)))], 3)

    extract_facts.cache_clear()
    cold = []
    for i, msg in enumerate(MESSAGES):
        start = time.perf_counter()
        extract_facts(f"{msg} #{i}")
        cold.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {
                "benchmark": "triage",
                "messages": len(times),
                "conversation_length": len(MESSAGES),
                "conversations": conversations,
                "median_ms": round(statistics.median(times), 3),
                "p95_ms": pct(0.95),
                "p99_ms": pct(0.99),
                "max_ms": round(times[-1], 3),
                "cpu_median_ms": round(statistics.median(cpu), 3),
                "cpu_p99_ms": pct(0.99, cpu),
                "parse_one_message_median_ms": round(statistics.median(cold), 3),
                "load_average_1m": round(os.getloadavg()[0], 2),
                "cpus": os.cpu_count(),
                "target_median_ms": 5,
                "target_p99_ms": 20,
                "meets_targets": statistics.median(times) < 5 and pct(0.99) < 20,
            }
        )
    )


if __name__ == "__main__":
    main()
