"""Shared fixtures: the CLI runner, the trained pipeline (loaded once), and data paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner() -> CliRunner:
    """A click test runner."""
    return CliRunner()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The full newsgraph pipeline on the default trained model (loaded once per run)."""
    from newsgraph.loaders.mapping.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data folder; tests that need it skip when it is absent."""
    path = Path(os.environ.get("NEWSGRAPH_DATA", REPO_ROOT.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set NEWSGRAPH_DATA)")
    return path
