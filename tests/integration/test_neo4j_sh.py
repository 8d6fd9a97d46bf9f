"""``scripts/neo4j.sh``: status against the running test server, and refusals that must not
touch anything (the full start/stop cycle is what ``.ci/run`` does before the tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j.sh"


def run_script(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the script with the test's Python and extra environment; capture its output."""
    full_env = {**os.environ, "PYTHON": sys.executable, **env}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=full_env, capture_output=True, text=True, timeout=120
    )


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_usage_errors_exit_2() -> None:
    result = run_script("restart")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_status_is_down_where_nothing_listens(tmp_path: Path) -> None:
    result = run_script(
        "status", NEWSGRAPH_NEO4J_PORT=str(free_port()), NEWSGRAPH_CACHE=str(tmp_path)
    )
    assert result.returncode == 1
    assert result.stdout.startswith("down:")


@pytest.mark.neo4j
def test_status_is_up_on_the_test_server(neo4j_uri: str, tmp_path: Path) -> None:
    port = str(urlparse(neo4j_uri).port or 7687)
    result = run_script("status", NEWSGRAPH_NEO4J_PORT=port, NEWSGRAPH_CACHE=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"up: bolt://127.0.0.1:{port}")


@pytest.mark.neo4j
def test_start_refuses_a_busy_port_before_touching_anything(neo4j_uri: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "keep").write_text("x")
    port = str(urlparse(neo4j_uri).port or 7687)

    result = run_script(
        "start",
        NEWSGRAPH_NEO4J_PORT=port,
        NEWSGRAPH_CACHE=str(tmp_path),
        NEWSGRAPH_NEO4J_HOME=str(home),
    )

    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert (home / "keep").exists()
