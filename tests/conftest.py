"""Shared fixtures: paths to the shared evaluation data and the bundled samples, a loaded extractor."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
SAMPLES = REPO / "samples" / "articles"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    path = SHARED_EVAL / "dev"
    if not path.is_dir():
        pytest.skip("../shared/eval/dev is not beside the repository")
    return path


@pytest.fixture(scope="session")
def extractor():
    from defcoop.extract import get_extractor
    from defcoop.settings import Settings

    return get_extractor(Settings())


@pytest.fixture()
def make_doc():
    """A cleaned Document from a text written in the test."""
    from defcoop.clean import content_hash
    from defcoop.types import Document

    def make(text: str, doc_id: str = "t-1", published: str | None = "2022-03-10") -> Document:
        return Document(id=doc_id, text=text, raw=text, published=published, content_hash=content_hash(text))

    return make
