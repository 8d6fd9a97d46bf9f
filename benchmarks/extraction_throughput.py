"""Throughput of the full extraction against bare spaCy on the same BBC texts, same run.

Prints articles/s for (1) bare ``nlp.pipe`` of the trained model, (2) newsgraph's full
extraction (our components + statement/appeal/actor rules) with one worker, and (3) the full
extraction with ``--workers`` processes, then the ratios the extraction issue sets as targets:
full/bare >= 0.90 and workers/one-worker >= 1.7.

Usage::

    python benchmarks/extraction_throughput.py [--data ../shared/data] [--limit 400] [--workers 2]
"""

# ruff: noqa: T201  (a benchmark script reports on stdout)

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsgraph.loaders.mapping.extract import extract
from newsgraph.loaders.mapping.pipeline import load_bare_pipeline, load_pipeline
from newsgraph.loaders.text import read_text_article
from newsgraph.model import Article

BATCH = 16


def bbc_articles(data: Path, limit: int) -> list[Article]:
    """Read up to ``limit`` BBC articles, spread over the five sections, in a fixed order."""
    root = data / "bbc" / "bbc"
    if not root.is_dir():
        sys.exit(f"no BBC data at {root} (pass --data or set NEWSGRAPH_DATA)")
    sections = sorted(p for p in root.iterdir() if p.is_dir())
    per_section = [sorted(s.glob("*.txt")) for s in sections]
    interleaved = [f for group in zip(*per_section, strict=False) for f in group]
    return [read_text_article(f) for f in interleaved[:limit]]


def timed(label: str, run: Callable[[], int], articles: int) -> float:
    """Run ``run`` once, print and return articles per second."""
    start = time.perf_counter()
    produced = run()
    seconds = time.perf_counter() - start
    rate = articles / seconds
    print(
        f"{label:<34} {articles:>5} articles {seconds:8.1f} s "
        f"{rate:8.1f} articles/s ({produced} facts)"
    )
    return rate


def main() -> None:
    """Parse arguments, run the three measurements, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(os.environ.get("NEWSGRAPH_DATA", "../shared/data"))
    )
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    articles = bbc_articles(args.data, args.limit)
    texts = [a.text for a in articles]
    bare, full = load_bare_pipeline(), load_pipeline()
    list(bare.pipe(texts[:BATCH])), list(extract(articles[:BATCH], nlp=full))  # warm up

    def run_bare() -> int:
        return sum(len(doc.ents) for doc in bare.pipe(texts, batch_size=BATCH))

    def run_full(workers: int) -> Callable[[], int]:
        def run() -> int:
            found = extract(
                articles, nlp=full if workers == 1 else None, batch_size=BATCH, n_process=workers
            )
            return sum(len(ex.statements) + len(ex.appeals) for ex in found)

        return run

    n = len(articles)
    rate_bare = timed("bare spaCy nlp.pipe", run_bare, n)
    rate_full = timed("full extraction, 1 worker", run_full(1), n)
    rate_workers = timed(f"full extraction, {args.workers} workers", run_full(args.workers), n)
    print(f"full / bare            = {rate_full / rate_bare:.2f}   (target >= 0.90)")
    print(f"{args.workers} workers / 1 worker  = {rate_workers / rate_full:.2f}   (target >= 1.70)")


if __name__ == "__main__":
    main()
