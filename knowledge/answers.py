"""Drafting one suggestion: retrieve -> prompt -> model (or the extractive engine) ->
validate. Plain values in, a Draft out; knowledge never imports triage.

With LLM_BASE_URL set the model writes the suggestion (streamed through `on_delta`); if the
server fails, times out or returns something unusable, the extractive engine answers instead
with a visible notice; knowledge.llm counts the failure and this module the fallback."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.conf import settings

from gp_assistant.metrics import SUGGESTION_FALLBACKS

from . import embeddings, extractive, llm, prompts, retrieval
from .schema import SUGGESTION_SCHEMA, NumberedPassage
from .validation import validate_suggestion

logger = logging.getLogger(__name__)

RETRIEVE_K = 6
TCM_K = 2


@dataclass(frozen=True)
class DraftRequest:
    """What the drafting needs to know, as plain values."""

    conversation: tuple[str, ...]  # staff messages, oldest first
    triage: dict  # the rules' assessment (level, red_flags, reasons, questions, actions)
    language: str  # the staff member's language: "zh" or "en"
    age_days: int | None = None
    sex: str | None = None
    allergies: tuple[str, ...] = ()
    chronic_conditions: tuple[str, ...] = ()
    pregnant: bool | None = None


@dataclass(frozen=True)
class Draft:
    payload: dict
    notices: tuple[dict, ...]
    engine: str
    model_id: str
    prompt_version: str
    passages: tuple[dict, ...]  # provenance: short id, chunk, document, version, section
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    first_token_ms: int | None = None
    latency_ms: int = 0
    timings: dict = field(default_factory=dict)


# Red flags in the embedded text, the most severe first (the rules order them so). The flags
# sum up what the earlier messages found, but each adds 5-15 tokens at 1-2 ms a token on a
# CPU, on the way to the first draft frame, and past the first few they blur the vector more
# than they steer it; BM25 takes them all at no cost.
DENSE_QUERY_FLAGS = 2
# The staff messages in both searches. A conversation's topic is often in its earlier
# messages ("cough for three days, fever" ... "38.6, eating well, what now?"): embedding only
# the latest message missed the topic altogether in 12 of the 60 conversations of
# tests/triage/conversations/retrieval.jsonl, against 4 with the latest three, at about twice
# the embedding time (68 tokens at the median instead of 28).
QUERY_MESSAGES = 3


def _queries(request: DraftRequest) -> tuple[str, str]:
    """The search text (the latest QUERY_MESSAGES staff messages, the red flags and the
    patient's age group or pregnancy) and the text embedded for the dense search (the same
    messages, the most severe DENSE_QUERY_FLAGS red flags and the same patient words)."""
    labels = [
        f.get("label", {}).get(request.language, "") for f in request.triage.get("red_flags", [])
    ]
    patient = _patient_words(request)
    messages = request.conversation[-QUERY_MESSAGES:]
    query = " ".join([*messages, *labels, *patient]).strip()[:1000]
    dense = " ".join([*messages, *labels[:DENSE_QUERY_FLAGS], *patient]).strip()[:1000]
    return query, dense


# Who the patient is steers retrieval to the right topics (a febrile toddler to the children's
# guidelines, not to COPD; a pregnant woman's headache to antenatal danger signs); staff rarely
# write the age into every message. Adults get no words: older age has no topics of its own
# here, and "老年人" only pulled in unrelated passages that mention it.
_AGE_GROUPS = (  # (upper bound in days, words by language)
    (28, {"zh": "新生儿", "en": "newborn baby"}),
    (5 * 365, {"zh": "小儿 儿童 5岁以下", "en": "child under five"}),
    (18 * 365, {"zh": "儿童 青少年", "en": "child adolescent"}),
)
_PREGNANT = {"zh": "孕妇 妊娠", "en": "pregnant pregnancy"}


def _patient_words(request: DraftRequest) -> list[str]:
    words = []
    age = request.age_days
    if age is not None:
        group = next((g for bound, g in _AGE_GROUPS if age < bound), None)
        if group is not None:
            words.append(group.get(request.language, group["en"]))
    if request.pregnant:
        words.append(_PREGNANT.get(request.language, _PREGNANT["en"]))
    return words


def _number(passages: Sequence[retrieval.Passage]) -> list[NumberedPassage]:
    return [
        NumberedPassage(
            short_id=f"P{i}",
            chunk_id=p.chunk_id,
            document_id=p.document_id,
            version=p.version,
            title=p.title,
            section=p.section,
            kind=p.kind,
            language=p.language,
            text=p.text,
            score=round(p.score, 5),
        )
        for i, p in enumerate(passages, start=1)
    ]


def gather_passages(request: DraftRequest) -> list[NumberedPassage]:
    """The passages a suggestion may cite: the hybrid search's best, a TCM passage when one
    fits, and the other sections of the best guideline topic (so its management and referral
    criteria are at hand even when the question matched only its symptoms)."""
    return _gather(request)[0]


def _gather(request: DraftRequest) -> tuple[list[NumberedPassage], bool]:
    """`gather_passages`, and whether the dense search ran (False: keyword search only)."""
    query, dense_query = _queries(request)
    best = retrieval.search(query, k=RETRIEVE_K, dense_query=dense_query)
    found = list(best.passages)
    if not any(p.kind == "tcm" for p in found):
        tcm = retrieval.search(
            query, k=TCM_K, kinds=["tcm"], dense_query=dense_query, embed=best.dense
        )
        found += tcm.passages[:1]
    seen = {p.chunk_id for p in found}
    primary = next((p for p in found if p.kind != "tcm"), None)
    if primary is not None:
        found += [
            p for p in retrieval.document_passages(primary.document_id) if p.chunk_id not in seen
        ]
    return _number(found[: settings.SUGGESTION_MAX_PASSAGES]), best.dense


def _provenance(passages: Sequence[NumberedPassage]) -> tuple[dict, ...]:
    return tuple(
        {
            "id": p.short_id,
            "chunk_id": p.chunk_id,
            "document_id": p.document_id,
            "version": p.version,
            "title": p.title,
            "section": p.section,
            "score": p.score,
        }
        for p in passages
    )


def _validate(payload: dict, request: DraftRequest, passages: Sequence[NumberedPassage]):
    return validate_suggestion(
        payload,
        passages={p.short_id: p.text for p in passages},
        triage_level=request.triage.get("level", "non_urgent"),
        allergies=request.allergies,
        pregnant=request.pregnant,
        language=request.language,
    )


def _patient(request: DraftRequest) -> dict:
    return {
        "age_days": request.age_days,
        "sex": request.sex,
        "allergies": list(request.allergies),
        "chronic_conditions": list(request.chronic_conditions),
        "pregnant": request.pregnant,
    }


def draft(request: DraftRequest, *, on_delta: Callable[[str], None] | None = None) -> Draft:
    """Draft one structured suggestion for the GP's review."""
    # While it streams from the model a draft keeps the process busy: an offline query
    # embedding takes more than one thread only when no other draft is in progress.
    with embeddings.in_progress():
        return _draft(request, on_delta)


def _draft(request: DraftRequest, on_delta: Callable[[str], None] | None) -> Draft:
    started = time.monotonic()
    passages, dense = _gather(request)
    retrieved_ms = int((time.monotonic() - started) * 1000)
    provenance = _provenance(passages)
    notices: list[dict] = [] if dense else [KEYWORD_ONLY_NOTICE]
    fallback = ""  # why the model's answer was not used, when it was asked
    if settings.LLM_BASE_URL:
        user_prompt = prompts.build_user_prompt(
            conversation=request.conversation,
            triage=request.triage,
            patient=_patient(request),
            passages=passages,
            language=request.language,
            max_passage_chars=settings.SUGGESTION_PASSAGE_CHARS,
        )
        try:
            completion = llm.complete(
                system=prompts.SYSTEM_PROMPT,
                user=user_prompt,
                schema=SUGGESTION_SCHEMA,
                on_delta=on_delta,
                max_tokens=settings.LLM_MAX_TOKENS,
            )
        except llm.LLMUnavailable as exc:
            logger.warning("model server failed (%s); using the extractive engine", exc)
            fallback = exc.reason
        else:
            checked = _validate(completion.data, request, passages)
            if prompts.leaks_system_prompt(completion.data):
                logger.warning(
                    "model output repeats the system prompt; using the extractive engine"
                )
                fallback = "prompt_leak"
            elif checked.ok:
                return Draft(
                    payload=checked.payload,
                    notices=(*notices, *checked.notices),
                    engine="llm",
                    model_id=completion.model_id,
                    prompt_version=prompts.PROMPT_VERSION,
                    passages=provenance,
                    prompt_tokens=completion.prompt_tokens,
                    completion_tokens=completion.completion_tokens,
                    first_token_ms=completion.first_token_ms,
                    latency_ms=int((time.monotonic() - started) * 1000),
                    timings={"retrieval_ms": retrieved_ms, "model_ms": completion.total_ms},
                )
            else:
                logger.warning("model output failed validation; using the extractive engine")
                notices.extend(checked.notices)
                fallback = "validation_failed"
    if fallback:
        notices.append(_fallback_notice(fallback))
        SUGGESTION_FALLBACKS.labels(reason=fallback).inc()
    payload = extractive.build_suggestion(
        triage=request.triage, passages=passages, language=request.language
    )
    checked = _validate(payload, request, passages)
    return Draft(
        payload=checked.payload,
        notices=(*notices, *checked.notices),
        engine=f"{extractive.ENGINE}-fallback" if fallback else extractive.ENGINE,
        model_id="",
        prompt_version=prompts.PROMPT_VERSION,
        passages=provenance,
        latency_ms=int((time.monotonic() - started) * 1000),
        timings={"retrieval_ms": retrieved_ms},
    )


# A drafting query like a clinic's, in both languages.
WARM_UP_QUERY = "发热咳嗽两天 fever and cough for two days"


def warm_up() -> dict[str, str]:
    """Do at a worker's start what its first draft would otherwise pay for: load the query embedder
    (the offline one's sessions for each thread count) and embed one query; with a Chroma server
    (CHROMA_URL), read the store's snapshot (every chunk, the BM25 index) and search it once, so
    that a store that goes down later leaves the worker its snapshot to search by keyword; with
    a model server, build its HTTP client and check that it serves LLM_MODEL. The embedded store
    is left alone: its directory belongs to the one process that uses it. Never raises: a step
    that fails is logged and left to the first draft. Returns each step's time, and its problem."""

    def search() -> str | None:
        return None if retrieval.search(WARM_UP_QUERY, k=1).dense else "keyword search only"

    def embedder() -> None:
        embeddings.get_embedder().embed_query(WARM_UP_QUERY)
        if not settings.EMBEDDING_BASE_URL:
            embeddings.E5Embedder(threads=settings.EMBEDDING_THREADS).load()

    def model_server() -> str | None:
        return None if llm.server_ready() else "not ready"

    steps: dict[str, Callable[[], str | None]] = {}
    if settings.CHROMA_URL:
        steps["search"] = search
    else:
        steps["embedder"] = embedder
    if settings.LLM_BASE_URL:
        steps["model_server"] = model_server
    report: dict[str, str] = {}
    level = logging.INFO
    for name, step in steps.items():
        started = time.monotonic()
        try:
            problem = step()
        except Exception as exc:  # a warm-up failure must never stop a worker
            problem = repr(exc)[:200]
        took = f"{time.monotonic() - started:.2f} s"
        report[name] = f"{problem} ({took})" if problem else took
        level = logging.WARNING if problem else level
    logger.log(level, "drafting warm-up: %s", report)
    return report


def cited_passages(draft: Draft) -> list[dict]:
    """The provenance entries of the passages the suggestion actually cites."""
    cited: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            cited.update(c for c in value.get("citations", []) if isinstance(c, str))
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(draft.payload)
    return [p for p in draft.passages if p["id"] in cited]


KEYWORD_ONLY_NOTICE = {
    "code": "keyword_retrieval",
    "severity": "warn",
    "path": "",
    "message": {
        "zh": "语义检索服务不可用，本建议所引段落仅由关键词检索得到，"
        "可能不是最相关的指南内容，请核对出处。",
        "en": "Semantic search was unavailable; this draft's passages were found by "
        "keyword search alone and may not be the most relevant guidance. Check its sources.",
    },
}


def _fallback_notice(reason: str) -> dict:
    return {
        "code": "model_fallback",
        "severity": "warn",
        "path": "",
        "message": {
            "zh": f"大模型服务不可用（{reason}），本建议由抽取式引擎根据指南段落生成。",
            "en": f"The model server was unavailable ({reason}); this draft comes from the "
            "extractive engine, built from the guideline passages.",
        },
    }
