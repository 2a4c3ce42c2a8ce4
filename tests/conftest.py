"""Shared test fixtures: where the repository, its samples and ../shared/ are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed"
CONFORMANCE = SHARED / "conformance"
#: The seed page's expected repair, kept in the repository so its golden tests run on a clean
#: clone (the page itself is samples/binzhou-aluminium.txt, a copy of ../shared/seed's).
SEED_EXPECTED = ROOT / "tests" / "data" / "seed" / "binzhou-aluminium.expected.txt"

#: Property tests assert behaviour, not speed: no per-example deadline, which on a loaded
#: 2-core machine failed examples for their timing alone (speed is bench/'s to measure).
settings.register_profile("textfix", deadline=None)
settings.load_profile("textfix")


def need_shared(path: Path) -> Path:
    """Skip the calling test when ``../shared`` is not laid beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared/ is laid beside the checkout in CI)")
    return path
