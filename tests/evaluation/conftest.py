"""Fixtures for the evaluation harness: a tiny hand-written PolNeAR split and data paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from polnear_samples import ALPHA_TEXT, BETA_TEXT, alpha_ann, beta_ann, t_line, write_split

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def split_dir(tmp_path: Path) -> Path:
    """A two-article split; alpha has two annotator files, the second one must be ignored."""
    return write_split(
        tmp_path / "split",
        {
            "alpha_aa.ann": alpha_ann(),
            "alpha_zz.ann": t_line("T1", "Content", ALPHA_TEXT, "Critics")
            + "\nE1\tAttribution:T1 Content:T1\n",
            "beta_01.ann": beta_ann(),
        },
        {"alpha": ALPHA_TEXT, "beta": BETA_TEXT, "gamma": "No annotation file.\n"},
    )


@pytest.fixture
def shared_data() -> Path:
    """The shared data folder (``NEWSGRAPH_DATA``, default ``../shared/data``); skip if absent."""
    root = Path(os.environ.get("NEWSGRAPH_DATA", REPO_ROOT.parent / "shared" / "data"))
    if not root.is_dir():
        pytest.skip(f"shared data not found at {root}")
    return root
