"""Bench suite for the guards (decision 0034): checking one paragraph of a note
or a finding for judgement language, and for names and judgement language together (what
every editor and ``note add`` run), against a plain word filter over the same paragraph
(one regular expression of the guard's words, which reads no context), measured in the
same run. Budget: under 5 ms a paragraph.

Timed in this thread's CPU time, not wall-clock time: a check takes under a millisecond,
and on a shared machine (two cores, several processes) the wall-clock 99th percentile of
so short a call measures the scheduler's time slice (8 to 12 ms seen), not the guard.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Callable

from app.bench.common import BenchContext, Figure, percentile
from app.services import grade_guard, text_guard

BUDGET_MS = 5.0
PARAGRAPHS = 200

# Developmental prose of the kind notes and findings hold, with the words a word filter
# would trip on ("good", "outstanding actions", "effective strategy", "grades").
_PROSE = (
    "Pupils in Y2 blended sounds to read words with adjacent consonants.",
    "The teacher modelled the sentence and pupils then wrote their own.",
    "Staff share good practice in weekly huddles after school.",
    "Two outstanding actions from the last review were discussed with the head.",
    "Retrieval practice is an effective strategy for building recall.",
    "Pupils' predicted grades in maths are shared with them each half-term.",
    "Leaders know the school well and have an accurate view of its strengths.",
    "An area for development is the consistency of feedback in KS2 writing.",
    "Books in Y5 show pupils redrafting paragraphs after feedback.",
    "Pupils with SEND use the same texts as their peers, with vocabulary taught first.",
    "A good number of parents attended the reading café on Thursday.",
    "The keep-up group of six pupils met for ten minutes after the lesson.",
    "Pupils showed a good understanding of equivalent fractions.",
    "Teachers check understanding with mini whiteboards at the start of maths lessons.",
    "Mae'r disgyblion yn darllen yn dda ac yn mwynhau llyfrau.",
    "Uczniowie czytają książki po polsku w bibliotece szkolnej.",
)
_JUDGEMENT = (
    "Teaching across KS2 is good.",
    "Mrs Patel's Y3 lesson was outstanding.",
    "Quality of education: 2.",
    "The school is ready for Ofsted.",
    "This is the best school in the partnership for reading.",
    "Mae'r addysgu'n dda.",
)
_WORD_FILTER = re.compile(
    r"\b(?:good|outstanding|inadequate|requires improvement|exceptional|weak|poor|excellent|"
    r"effective|grade\w*|judge\w*|mock\w*|ofsted|best|worst|ranked|league|rag|leading|"
    r"da|dda|rhagorol|gradd|barn)\b",
    re.IGNORECASE,
)


def paragraphs(count: int, seed: int = 16) -> list[str]:
    """Paragraphs of six to nine sentences (about 100 words); one in three holds a
    judgement sentence."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        sentences = rng.sample(_PROSE, rng.randint(6, 9))
        if n % 3 == 0:
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(_JUDGEMENT))
        out.append(" ".join(sentences))
    return out


def _cpu_timed(fn: Callable[[], object], samples: int) -> list[float]:
    """Milliseconds of this thread's CPU time for each of ``samples`` calls."""
    out = []
    for _ in range(samples):
        start = time.thread_time()
        fn()
        out.append((time.thread_time() - start) * 1000)
    return out


def run(ctx: BenchContext) -> list[Figure]:
    texts = paragraphs(PARAGRAPHS)
    words = statistics.mean(len(t.split()) for t in texts)
    ctx.say(f"Timing the guards on {PARAGRAPHS} paragraphs of about {words:.0f} words ...")
    rounds = max(1, ctx.samples // 100)
    cycle = texts * rounds
    judged = iter(cycle)
    both = iter(cycle)
    filtered = iter(cycle)
    judgement = _cpu_timed(lambda: grade_guard.find_judgement_terms(next(judged)), len(cycle))
    guards = _cpu_timed(lambda: text_guard.check(next(both), "note"), len(cycle))
    word_filter = _cpu_timed(lambda: _WORD_FILTER.findall(next(filtered)), len(cycle))
    baseline = statistics.median(word_filter)
    return [
        Figure(
            "judgement_guard_paragraph_cpu_p99_ms",
            percentile(judgement, 99),
            "ms",
            baseline=baseline,
            budget=BUDGET_MS,
        ),
        Figure(
            "text_guard_paragraph_cpu_p99_ms",
            percentile(guards, 99),
            "ms",
            baseline=baseline,
            budget=BUDGET_MS,
        ),
    ]
