"""Medication safety checks: allergies, 十八反/十九畏, herb-drug cautions, pregnancy.

Pure: plain functions over names. The only I/O is reading the two data files next to this
module once (``corpus/safety/tcm_safety.yaml`` and ``corpus/safety/allergy_classes.yaml``).
Every hit is a flag for the supervising GP, never an automatic decision.

Name matching: a name is normalised (NFKC, lower case, spaces and punctuation removed). Aliases
with Chinese characters match as substrings of the normalised name, so "复方丹参滴丸" mentions
丹参; Latin aliases (English, pinyin) match whole words, so "fuzi" never matches "baifuzi".
An occurrence that lies inside a look-alike name (`not_names`, e.g. 白附子 for 附子) does not
count. Patent medicines are expanded into the safety-relevant components the data lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "corpus" / "safety"
TCM_SAFETY_FILE = DATA_DIR / "tcm_safety.yaml"
ALLERGY_CLASSES_FILE = DATA_DIR / "allergy_classes.yaml"

BLOCK = "block"
WARN = "warn"

# Look-alike names that never count as the herb they contain, whatever the entry says.
# 中华人民共和国药典 2020 一部 lists each as its own monograph: 白附子/禹白附 (Typhonium) and
# 关白附 are not 附子 (Aconitum lateral root); 土贝母 (Bolbostemma) is not 贝母 (Fritillaria);
# 海藻酸钠 (sodium alginate, a western antacid/excipient) is not the herb 海藻 (Sargassum).
# 天花粉 (Trichosanthes root) is not pollen (花粉): a pollen allergy must not flag it.
LOOKALIKES = ("白附子", "禹白附", "关白附", "土贝母", "海藻酸", "天花粉")

_RULE_EN = {"十八反": "the eighteen incompatibilities", "十九畏": "the nineteen antagonisms"}
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_NO_ALLERGY = {"无", "否认", "没有", "不详", "未知", "none", "nil", "nkda", "nka", "unknown", "no"}
_ALLERGY_NOISE = re.compile(
    r"(药物过敏|过敏史|过敏反应|过敏|allergic\s+to|allergies|allergy|allergic|sensitivity)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Conflict:
    """One safety finding about one or more suggested medicines."""

    code: str
    severity: str  # "block" | "warn"
    items: tuple[str, ...]
    message: dict = field(hash=False)  # {"zh": ..., "en": ...}
    source: str


# ---------------------------------------------------------------------------------------------
# Normalisation and matching
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameForms:
    """A name in the two shapes matching needs."""

    compact: str  # lower case, letters/digits/CJK only: "复方丹参滴丸fufangdanshen"
    words: str  # Latin words padded with spaces: " fufang danshen "


@lru_cache(maxsize=8192)
def name_forms(text: str) -> NameForms:
    """The compact and word forms of a name or passage text."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    compact = "".join(ch for ch in folded if ch.isalnum())
    words = _LATIN_WORD.findall(folded)
    return NameForms(compact=compact, words=f" {' '.join(words)} " if words else " ")


def normalise_name(text: str) -> str:
    """Lower case, NFKC, without spaces or punctuation: the key names are compared by."""
    return name_forms(text).compact


def is_latin(text: str) -> bool:
    """True when a name has no Chinese characters (matched by whole words)."""
    return not _CJK.search(text)


def _needle(alias: str) -> tuple[str, bool] | None:
    forms = name_forms(alias)
    if is_latin(alias):
        return (forms.words, True) if forms.words.strip() else None
    return (forms.compact, False) if forms.compact else None


def _covered(hay: str, start: int, end: int, blocker: str) -> bool:
    pos = hay.find(blocker)
    while pos != -1:
        if pos <= start and pos + len(blocker) >= end:
            return True
        pos = hay.find(blocker, pos + 1)
    return False


def _occurs(hay: str, needle: str, blockers: Iterable[str]) -> bool:
    """True when `needle` occurs in `hay` at least once outside every blocker occurrence."""
    pos = hay.find(needle)
    if pos == -1:
        return False
    relevant = [b for b in blockers if needle in b and b != needle]
    if not relevant:
        return True
    while pos != -1:
        end = pos + len(needle)
        if not any(_covered(hay, pos, end, b) for b in relevant):
            return True
        pos = hay.find(needle, pos + 1)
    return False


# Fragments longer than this are not indexed; longer needles are checked directly.
_MAX_FRAGMENT_CHARS = 16
_MAX_FRAGMENT_WORDS = 5


@lru_cache(maxsize=8192)
def _fragments(text: str) -> frozenset[str]:
    """Every short substring of the compact form and every padded word run of the word form.

    A name is matched against hundreds of aliases; intersecting this set with a matcher's
    needles finds the few candidates in one step instead of one scan per alias.
    """
    forms = name_forms(text)
    c = forms.compact
    frags = {
        c[i:j]
        for i in range(len(c))
        for j in range(i + 1, min(len(c), i + _MAX_FRAGMENT_CHARS) + 1)
    }
    words = forms.words.split()
    frags.update(
        f" {' '.join(words[i:j])} "
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + _MAX_FRAGMENT_WORDS) + 1)
    )
    return frozenset(frags)


def _indexable(needle: str, latin: bool) -> bool:
    if latin:
        return len(needle.split()) <= _MAX_FRAGMENT_WORDS
    return len(needle) <= _MAX_FRAGMENT_CHARS


@dataclass(frozen=True)
class NameMatcher:
    """Aliases (and optional stems) of one thing, with look-alikes that must not match."""

    aliases: tuple[tuple[str, bool, str, bool], ...]  # (needle, latin, original, indexed)
    blockers_cjk: tuple[str, ...] = ()
    blockers_latin: tuple[str, ...] = ()
    stems_cjk: tuple[str, ...] = ()
    en_suffix: tuple[str, ...] = ()
    en_prefix: tuple[str, ...] = ()
    blocked_words: frozenset[str] = frozenset()
    needles: frozenset[str] = frozenset()  # indexable alias needles and Chinese stems
    unindexed: bool = False  # some needle is too long for the fragment index

    def find(self, text: str) -> str | None:
        """The alias or stem that `text` mentions, or None."""
        frags = _fragments(text)
        if self.unindexed or not self.needles.isdisjoint(frags):
            forms = name_forms(text)
            for needle, latin, original, indexed in self.aliases:
                if indexed and needle not in frags:
                    continue
                if latin:
                    if _occurs(forms.words, needle, self.blockers_latin):
                        return original
                elif _occurs(forms.compact, needle, self.blockers_cjk):
                    return original
            for stem in self.stems_cjk:
                indexed = len(stem) <= _MAX_FRAGMENT_CHARS
                if (stem in frags or not indexed) and _occurs(
                    forms.compact, stem, self.blockers_cjk
                ):
                    return stem
        if self.en_suffix or self.en_prefix:
            for word in name_forms(text).words.split():
                if word in self.blocked_words:
                    continue
                for suffix in self.en_suffix:
                    if word.endswith(suffix):
                        return suffix
                for prefix in self.en_prefix:
                    if word.startswith(prefix):
                        return prefix
        return None


def make_matcher(
    aliases: Iterable[str],
    not_names: Iterable[str] = (),
    *,
    stems_cjk: Iterable[str] = (),
    en_suffix: Iterable[str] = (),
    en_prefix: Iterable[str] = (),
) -> NameMatcher:
    """A matcher for alias names; `not_names` (and the global look-alikes) never match."""
    compiled = []
    seen = set()
    for alias in aliases:
        needle = _needle(str(alias))
        if needle and needle not in seen:
            seen.add(needle)
            compiled.append((*needle, str(alias), _indexable(*needle)))
    blockers_cjk, blockers_latin = [], []
    for name in [*not_names, *LOOKALIKES]:
        needle = _needle(str(name))
        if needle:
            (blockers_latin if needle[1] else blockers_cjk).append(needle[0])
    stems = tuple(normalise_name(s) for s in stems_cjk)
    return NameMatcher(
        aliases=tuple(compiled),
        blockers_cjk=tuple(blockers_cjk),
        blockers_latin=tuple(blockers_latin),
        stems_cjk=stems,
        en_suffix=tuple(normalise_name(s) for s in en_suffix),
        en_prefix=tuple(normalise_name(s) for s in en_prefix),
        blocked_words=frozenset(w for b in blockers_latin for w in b.split()),
        needles=frozenset([*(n for n, _, _, indexed in compiled if indexed), *stems]),
        unindexed=any(not indexed for *_, indexed in compiled)
        or any(len(s) > _MAX_FRAGMENT_CHARS for s in stems),
    )


class MatcherIndex:
    """Many matchers behind one fragment lookup: only candidates are checked in full."""

    def __init__(self, matchers: Sequence[NameMatcher]) -> None:
        self.matchers = tuple(matchers)
        self.by_needle: dict[str, list[int]] = {}
        for index, matcher in enumerate(self.matchers):
            for needle in matcher.needles:
                self.by_needle.setdefault(needle, []).append(index)
        self.needles = frozenset(self.by_needle)
        self.always = frozenset(
            i for i, m in enumerate(self.matchers) if m.unindexed or m.en_suffix or m.en_prefix
        )

    def hits(self, text: str) -> list[tuple[int, str]]:
        """(matcher index, what matched) for every matcher that `text` mentions, in order."""
        candidates = set(self.always)
        for needle in self.needles & _fragments(text):
            candidates.update(self.by_needle[needle])
        found = []
        for index in sorted(candidates):
            hit = self.matchers[index].find(text)
            if hit:
                found.append((index, hit))
        return found


def mentions(text: str, name: str) -> bool:
    """True when `text` mentions `name` (Chinese as a substring, Latin as whole words)."""
    needle = _needle(name)
    if needle is None:
        return False
    forms = name_forms(text)
    hay = forms.words if needle[1] else forms.compact
    return _occurs(hay, needle[0], ())


def _source_text(source: object) -> str:
    if isinstance(source, list | tuple):
        return "；".join(str(s) for s in source)
    return str(source or "")


# ---------------------------------------------------------------------------------------------
# Data tables (loaded once)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pair:
    a: NameMatcher
    b: NameMatcher
    rule: str
    note: str
    source: str


@dataclass(frozen=True)
class _HerbDrug:
    id: str
    herb: NameMatcher
    drug: NameMatcher
    drug_class_ids: frozenset[str]
    risk: dict
    source: str


@dataclass(frozen=True)
class _Pregnancy:
    contraindicated: bool
    patent_medicine: bool
    matcher: NameMatcher
    label: str
    note: str
    source: str


@dataclass(frozen=True)
class _Patent:
    matcher: NameMatcher
    contains: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class _TcmTables:
    pairs: tuple[_Pair, ...]
    herb_drug: tuple[_HerbDrug, ...]
    pregnancy: tuple[_Pregnancy, ...]
    patents: tuple[_Patent, ...]
    alias_groups: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Cross:
    class_id: str
    severity: str
    message: dict
    source: str


@dataclass(frozen=True)
class AllergyClass:
    id: str
    label: dict
    names: NameMatcher  # what an allergy entry may say
    members: NameMatcher  # what a medicine may be called
    member_groups: tuple[tuple[str, ...], ...]
    class_severity: str
    within_class: bool
    cross: tuple[_Cross, ...]
    source: str


# The C loader when libyaml is present (several times faster); both are the safe loaders.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=2)
def _load_yaml(path: Path) -> dict:
    # Read once per process; callers only read the returned data.
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


@lru_cache(maxsize=1)
def allergy_classes() -> tuple[AllergyClass, ...]:
    """The drug allergy classes of allergy_classes.yaml."""
    data = _load_yaml(ALLERGY_CLASSES_FILE)
    classes = []
    for entry in data["classes"]:
        groups = tuple(tuple(str(a) for a in group) for group in entry.get("members") or [])
        stems = entry.get("stems") or {}
        not_names = entry.get("not_names") or []
        member_aliases = [a for group in groups for a in group]
        classes.append(
            AllergyClass(
                id=entry["id"],
                label=dict(entry["label"]),
                names=make_matcher(entry.get("names") or [], not_names),
                members=make_matcher(
                    member_aliases,
                    not_names,
                    stems_cjk=stems.get("zh", []),
                    en_suffix=stems.get("en_suffix", []),
                    en_prefix=stems.get("en_prefix", []),
                ),
                member_groups=groups,
                class_severity=entry.get("class_severity", BLOCK),
                within_class=bool(entry.get("within_class", True)),
                cross=tuple(
                    _Cross(
                        class_id=c["class"],
                        severity=c.get("severity", WARN),
                        message=dict(c["message"]),
                        source=_source_text(c.get("source")),
                    )
                    for c in entry.get("cross_reactive") or []
                ),
                source=_source_text(entry.get("source")),
            )
        )
    known = {c.id for c in classes}
    for c in classes:
        for x in c.cross:
            if x.class_id not in known:
                raise ValueError(f"{ALLERGY_CLASSES_FILE.name}: {c.id} names unknown {x.class_id}")
    return tuple(classes)


def _allergy_class(class_id: str) -> AllergyClass:
    return next(c for c in allergy_classes() if c.id == class_id)


@lru_cache(maxsize=1)
def _tcm() -> _TcmTables:
    data = _load_yaml(TCM_SAFETY_FILE)
    pairs = tuple(
        _Pair(
            a=make_matcher(e["a"], e.get("not_names") or []),
            b=make_matcher(e["b"], e.get("not_names") or []),
            rule=str(e["rule"]),
            note=str(e.get("note") or ""),
            source=_source_text(e.get("source")),
        )
        for e in data["incompatibilities"]
    )
    herb_drug = []
    for e in data["herb_drug_cautions"]:
        drug_classes = [str(d) for d in e.get("drug_classes") or []]
        bridged = frozenset(
            c.id
            for c in allergy_classes()
            if c.within_class and any(c.names.find(d) for d in drug_classes)
        )
        herb_drug.append(
            _HerbDrug(
                id=str(e["id"]),
                herb=make_matcher(e["herb"]),
                drug=make_matcher([*e.get("drugs", []), *drug_classes]),
                drug_class_ids=bridged,
                risk=dict(e["risk"]),
                source=_source_text(e.get("source")),
            )
        )
    pregnancy = []
    for key, contraindicated in (("pregnancy_contraindicated", True), ("pregnancy_caution", False)):
        for e in data.get(key) or []:
            names = [str(n) for n in e["names"]]
            pregnancy.append(
                _Pregnancy(
                    contraindicated=contraindicated,
                    patent_medicine=e.get("kind") == "patent_medicine",
                    matcher=make_matcher(names, e.get("not_names") or []),
                    label=names[0],
                    note=str(e.get("note") or ""),
                    source=_source_text(e.get("source")),
                )
            )
    patents = tuple(
        _Patent(
            matcher=make_matcher(e["names"]),
            contains=tuple(str(c) for c in e["contains"]),
            source=_source_text(e.get("source")),
        )
        for e in data["patent_medicine_components"]
    )
    alias_groups = [tuple(str(n) for n in e["names"]) for e in data["patent_medicine_components"]]
    for key in ("pregnancy_contraindicated", "pregnancy_caution"):
        alias_groups.extend(tuple(str(n) for n in e["names"]) for e in data.get(key) or [])
    return _TcmTables(
        pairs=pairs,
        herb_drug=tuple(herb_drug),
        pregnancy=tuple(pregnancy),
        patents=patents,
        alias_groups=tuple(alias_groups),
    )


@lru_cache(maxsize=1)
def _combinations() -> tuple[_Patent, ...]:
    """Western combination products and their ingredients (allergy_classes.yaml)."""
    data = _load_yaml(ALLERGY_CLASSES_FILE)
    return tuple(
        _Patent(
            matcher=make_matcher(e["names"]),
            contains=tuple(str(c) for c in e["contains"]),
            source=_source_text(e.get("source")),
        )
        for e in data.get("combination_products") or []
    )


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[str, ...]]:
    """Normalised name -> every alias of the same drug or product (for source checks)."""
    index: dict[str, tuple[str, ...]] = {}
    groups = [g for c in allergy_classes() for g in c.member_groups] + list(_tcm().alias_groups)
    groups += [tuple(alias[2] for alias in p.matcher.aliases) for p in _combinations()]
    for group in groups:
        for alias in group:
            key = normalise_name(alias)
            index[key] = tuple(dict.fromkeys([*index.get(key, ()), *group]))
    return index


def aliases_of(name: str) -> tuple[str, ...]:
    """Other names of the same drug or product (exact normalised match), including itself."""
    return _alias_index().get(normalise_name(name), (name,))


@lru_cache(maxsize=1)
def _indexes() -> dict[str, MatcherIndex]:
    tcm, classes = _tcm(), allergy_classes()
    return {
        "pairs": MatcherIndex([m for p in tcm.pairs for m in (p.a, p.b)]),
        "herbs": MatcherIndex([c.herb for c in tcm.herb_drug]),
        "drugs": MatcherIndex([c.drug for c in tcm.herb_drug]),
        "pregnancy": MatcherIndex([e.matcher for e in tcm.pregnancy]),
        "patents": MatcherIndex([p.matcher for p in (*tcm.patents, *_combinations())]),
        "members": MatcherIndex([c.members for c in classes]),
        "allergy_names": MatcherIndex([c.names for c in classes]),
    }


# ---------------------------------------------------------------------------------------------
# Patent medicine components
# ---------------------------------------------------------------------------------------------


def _longest_hit(hits: Iterable[tuple[int, str]]) -> int | None:
    best, best_len = None, 0
    for index, hit in hits:
        if len(normalise_name(hit)) > best_len:
            best, best_len = index, len(normalise_name(hit))
    return best


@lru_cache(maxsize=4096)
def components_of(name: str) -> tuple[str, ...]:
    """Safety-relevant components of a patent medicine (empty when it is not listed)."""
    # The most specific product name wins: 人参归脾丸 also mentions 归脾丸.
    best = _longest_hit(_indexes()["patents"].hits(name))
    return () if best is None else (*_tcm().patents, *_combinations())[best].contains


def _units(name: str) -> tuple[tuple[str, str], ...]:
    """(text to match, what it is called in a message): the name itself, then its components."""
    return ((name, name), *((c, c) for c in components_of(name)))


# ---------------------------------------------------------------------------------------------
# Allergies
# ---------------------------------------------------------------------------------------------


def _allergy_term(raw: str) -> str:
    term = _ALLERGY_NOISE.sub(" ", unicodedata.normalize("NFKC", raw or "")).strip(" :：,，;；")
    return "" if normalise_name(term) in _NO_ALLERGY else term


@lru_cache(maxsize=4096)
def classes_of_medicine(name: str) -> frozenset[str]:
    """Ids of the allergy classes a medicine (or a listed component of it) belongs to."""
    classes = allergy_classes()
    members = _indexes()["members"]
    return frozenset(classes[i].id for unit, _label in _units(name) for i, _ in members.hits(unit))


@lru_cache(maxsize=1024)
def classes_of_allergy(allergy: str) -> frozenset[str]:
    """Ids of the allergy classes a patient's allergy entry names (class or member name)."""
    term = _allergy_term(allergy)
    if not term:
        return frozenset()
    classes, indexes = allergy_classes(), _indexes()
    # A product named in the allergy list ("散利痛") stands for its listed ingredients too.
    hits = [
        hit
        for unit, _label in _units(term)
        for hit in (*indexes["allergy_names"].hits(unit), *indexes["members"].hits(unit))
    ]
    return frozenset(classes[i].id for i, _ in hits if classes[i].within_class)


@lru_cache(maxsize=4096)
def _matcher_for(name: str) -> NameMatcher:
    return make_matcher([name])


def _same_drug(allergy_term: str, unit: str) -> bool:
    """The allergy entry and the medicine are the same drug under any of its names."""
    key = normalise_name(allergy_term)
    return bool(key) and key in {normalise_name(a) for a in aliases_of(unit)}


def _names_each_other(allergy_term: str, unit: str) -> bool:
    """One name contains the other (two characters or more), look-alikes excepted."""
    if len(normalise_name(allergy_term)) < 2 or len(normalise_name(unit)) < 2:
        return False
    return bool(_matcher_for(allergy_term).find(unit) or _matcher_for(unit).find(allergy_term))


def allergy_conflicts(medication_names: Sequence[str], allergies: Sequence[str]) -> list[Conflict]:
    """Medicines that the patient's recorded allergies rule out (block) or call for care (warn)."""
    entries = [(raw, _allergy_term(raw)) for raw in allergies if _allergy_term(raw)]
    conflicts: list[Conflict] = []
    for med in dict.fromkeys(medication_names):
        med_classes = classes_of_medicine(med)
        for raw, term in entries:
            found = _allergy_finding(med, med_classes, raw, term)
            if found:
                conflicts.append(found)
    return conflicts


def _named_member(cls: AllergyClass, text: str) -> int | None:
    """The member of the class a name stands for: the group of its longest alias the name
    mentions (氢吗啡酮 mentions 吗啡 too, but names hydromorphone), or None."""
    best, best_len = None, 0
    for index, group in enumerate(cls.member_groups):
        for alias in group:
            size = len(normalise_name(alias))
            if size > best_len and mentions(text, alias):
                best, best_len = index, size
    return best


def _allergy_finding(med: str, med_classes: frozenset[str], raw: str, term: str) -> Conflict | None:
    for unit, label in _units(med):
        if _same_drug(term, unit):
            return _direct_allergy(med, raw, unit, label)
    allergy_class_ids = classes_of_allergy(raw)
    shared = [c for c in allergy_classes() if c.id in med_classes and c.id in allergy_class_ids]
    if shared:
        # An allergy to one drug of the class and that drug under a salt or a dosage form
        # (吗啡 and 盐酸吗啡片): the drug itself, not a relative of it.
        member = _named_member(shared[0], term)
        for unit, label in _units(med):
            if member is not None and _named_member(shared[0], unit) == member:
                return _direct_allergy(med, raw, unit, label)
        return _class_allergy(med, raw, shared[0])
    for unit, label in _units(med):
        if _names_each_other(term, unit):
            return _direct_allergy(med, raw, unit, label)
    return _cross_allergy(med, med_classes, raw, allergy_class_ids)


def _direct_allergy(med: str, raw: str, unit: str, label: str) -> Conflict:
    via = "" if unit == med else f"（含{label}）"
    via_en = "" if unit == med else f" (contains {label})"
    return Conflict(
        code="allergy",
        severity=BLOCK,
        items=(med, raw),
        message={
            "zh": f"病人对“{raw}”过敏，建议中的{med}{via}即为该药或含该药，禁用。",
            "en": f"The patient is allergic to '{raw}'; {med}{via_en} is or contains that drug: "
            "do not use.",
        },
        source="病人过敏史 / patient allergy record",
    )


def _class_allergy(med: str, raw: str, cls: AllergyClass) -> Conflict:
    block = cls.class_severity == BLOCK
    return Conflict(
        code="allergy",
        severity=cls.class_severity,
        items=(med, raw),
        message={
            "zh": f"病人对“{raw}”过敏；{med}属于{cls.label['zh']}，同类药物可交叉过敏"
            + ("，禁用。" if block else "，慎用并核实既往过敏表现。"),
            "en": f"The patient is allergic to '{raw}'; {med} is one of the "
            f"{cls.label['en']}, which cross-react within the class"
            + (": do not use." if block else ": check the earlier reaction before use."),
        },
        source=cls.source,
    )


def _cross_allergy(
    med: str, med_classes: frozenset[str], raw: str, allergy_class_ids: frozenset[str]
) -> Conflict | None:
    for class_id in sorted(allergy_class_ids):
        for cross in _allergy_class(class_id).cross:
            if cross.class_id in med_classes:
                target = _allergy_class(cross.class_id)
                return Conflict(
                    code="allergy_cross_reactivity",
                    severity=cross.severity,
                    items=(med, raw),
                    message={
                        "zh": f"病人对“{raw}”过敏，{med}属于{target.label['zh']}："
                        f"{cross.message['zh']}",
                        "en": f"The patient is allergic to '{raw}' and {med} is one of the "
                        f"{target.label['en']}: {cross.message['en']}",
                    },
                    source=cross.source,
                )
    return None


# ---------------------------------------------------------------------------------------------
# 十八反 / 十九畏
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _pair_sides(name: str) -> tuple[tuple[int, str, str], ...]:
    """(pair index, side "a"|"b", the herb as named) for every pair side the medicine contains."""
    sides: dict[tuple[int, str], str] = {}
    for unit, label in _units(name):
        for index, hit in _indexes()["pairs"].hits(unit):
            key = (index // 2, "ab"[index % 2])
            sides.setdefault(key, label if unit != name else hit)
    return tuple((pair, side, herb) for (pair, side), herb in sorted(sides.items()))


def _contains_text(item: str, herb: str) -> tuple[str, str]:
    if normalise_name(herb) == normalise_name(item):
        return item, item
    return f"{item}（含{herb}）", f"{item} (contains {herb})"


def tcm_incompatibilities(names: Sequence[str]) -> list[Conflict]:
    """十八反/十九畏 pairs between different suggested medicines (components included)."""
    tables = _tcm()
    sides = [(name, _pair_sides(name)) for name in names]
    conflicts: list[Conflict] = []
    seen = set()
    for i, (first, first_sides) in enumerate(sides):
        for second, second_sides in sides[i + 1 :]:
            for index, side, herb in first_sides:
                other = "b" if side == "a" else "a"
                for index2, side2, herb2 in second_sides:
                    if index2 != index or side2 != other:
                        continue
                    key = (first, second, index)
                    if key in seen or first == second:
                        continue
                    seen.add(key)
                    pair = tables.pairs[index]
                    zh1, en1 = _contains_text(first, herb)
                    zh2, en2 = _contains_text(second, herb2)
                    note_zh = f"（{pair.note}）" if pair.note else ""
                    conflicts.append(
                        Conflict(
                            code="tcm_incompatibility",
                            severity=BLOCK,
                            items=(first, second),
                            message={
                                "zh": f"{zh1}与{zh2}属{pair.rule}配伍禁忌，不宜同用{note_zh}。",
                                "en": f"{en1} and {en2}: {_RULE_EN.get(pair.rule, pair.rule)} "
                                f"({pair.rule}), not to be used together.",
                            },
                            source=pair.source,
                        )
                    )
    return conflicts


# ---------------------------------------------------------------------------------------------
# Herb-drug cautions
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _herb_hits(name: str) -> dict[int, str]:
    """Caution index -> the herb (or product) by which the medicine falls under that caution."""
    hits: dict[int, str] = {}
    for unit, label in _units(name):
        for index, hit in _indexes()["herbs"].hits(unit):
            hits.setdefault(index, label if unit != name else hit)
    return hits


@lru_cache(maxsize=4096)
def _drug_hits(name: str) -> frozenset[int]:
    """Indices of the cautions whose drugs (or drug classes) include the medicine."""
    named = {index for index, _ in _indexes()["drugs"].hits(name)}
    classes = classes_of_medicine(name)
    bridged = {i for i, c in enumerate(_tcm().herb_drug) if c.drug_class_ids & classes}
    return frozenset(named | bridged)


def herb_drug_cautions(tcm_names: Sequence[str], drug_names: Sequence[str]) -> list[Conflict]:
    """Herb-drug interaction cautions between TCM medicines and (western) drugs."""
    conflicts: list[Conflict] = []
    seen = set()
    herb_hits = {n: _herb_hits(n) for n in dict.fromkeys(tcm_names)}
    drug_hits = {d: _drug_hits(d) for d in dict.fromkeys(drug_names)}
    for index, caution in enumerate(_tcm().herb_drug):
        herbs = [(n, hits[index]) for n, hits in herb_hits.items() if index in hits]
        if not herbs:
            continue
        drugs = [d for d, hits in drug_hits.items() if index in hits]
        for herb_name, herb in herbs:
            for drug in drugs:
                # One finding per medicine pair: the first (most specific) caution listed.
                key = (herb_name, drug)
                if drug == herb_name or key in seen:
                    continue
                seen.add(key)
                zh, en = _contains_text(herb_name, herb)
                conflicts.append(
                    Conflict(
                        code="herb_drug_caution",
                        severity=WARN,
                        items=(herb_name, drug),
                        message={
                            "zh": f"{zh}与{drug}合用需注意：{caution.risk['zh']}",
                            "en": f"{en} with {drug}: {caution.risk['en']}",
                        },
                        source=caution.source,
                    )
                )
    return conflicts


# ---------------------------------------------------------------------------------------------
# Pregnancy
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _pregnancy_finding(name: str) -> tuple[_Pregnancy, str] | None:
    """The strongest pregnancy entry for a medicine, and the herb or product it rests on."""
    entries = _tcm().pregnancy
    index = _indexes()["pregnancy"]
    # A listed patent medicine's own label prevails over its components (安宫牛黄丸 is 慎用
    # although it contains 朱砂 and 雄黄).
    product = _longest_hit((i, hit) for i, hit in index.hits(name) if entries[i].patent_medicine)
    if product is not None:
        return entries[product], name
    best: tuple[_Pregnancy, str] | None = None
    for unit, label in _units(name):
        for i, hit in index.hits(unit):
            entry = entries[i]
            if entry.patent_medicine and unit == name:
                continue
            herb = label if unit != name else hit
            if entry.contraindicated:
                return entry, herb
            if best is None:
                best = (entry, herb)
    return best


def pregnancy_conflicts(names: Sequence[str]) -> list[Conflict]:
    """Medicines contraindicated (block) or to be used with caution (warn) in pregnancy."""
    conflicts = []
    for name in dict.fromkeys(names):
        found = _pregnancy_finding(name)
        if not found:
            continue
        entry, herb = found
        zh, en = _contains_text(name, herb)
        note = f"（{entry.note}）" if entry.note else ""
        if entry.contraindicated:
            message = {
                "zh": f"{zh}孕妇禁用{note}。",
                "en": f"{en} is contraindicated in pregnancy.",
            }
        else:
            message = {
                "zh": f"{zh}孕妇慎用{note}。",
                "en": f"{en} is to be used with caution in pregnancy.",
            }
        conflicts.append(
            Conflict(
                code="pregnancy_contraindicated" if entry.contraindicated else "pregnancy_caution",
                severity=BLOCK if entry.contraindicated else WARN,
                items=(name,),
                message=message,
                source=entry.source,
            )
        )
    return conflicts
