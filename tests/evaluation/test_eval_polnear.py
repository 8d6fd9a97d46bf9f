"""The PolNeAR reader on hand-written brat files, and on the shared dev split when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from polnear_samples import ALPHA_TEXT, alpha_ann, t_line, write_split

from newsgraph.errors import EvaluationError
from newsgraph.evaluation.polnear import read_split, to_articles
from newsgraph.evaluation.scoring import fragments_text


def test_reads_first_annotator_file_per_text(split_dir: Path) -> None:
    documents = read_split(split_dir)
    assert [d.stem for d in documents] == ["alpha", "beta"]  # gamma has no .ann
    assert documents[0].ann_path.name == "alpha_aa.ann"
    assert len(documents[0].relations) == 3


def test_discontinuous_content_and_roles(split_dir: Path) -> None:
    alpha = read_split(split_dir)[0]
    quote = alpha.relations[0]
    assert fragments_text(alpha.text, quote.source) == "The mayor"
    assert fragments_text(alpha.text, quote.cue) == "said"
    assert len(quote.content) == 2
    assert fragments_text(alpha.text, quote.content) == (
        '"the bridge will open soon," "tolls are fair."'
    )


def test_missing_source_is_empty(split_dir: Path) -> None:
    believed = read_split(split_dir)[0].relations[2]
    assert believed.source == ()
    assert fragments_text(ALPHA_TEXT, believed.cue) == "is believed"


def test_span_text_across_a_line_break_matches(split_dir: Path) -> None:
    alpha = read_split(split_dir)[0]
    assert fragments_text(alpha.text, alpha.relations[1].content) == "the council\nto wait"
    assert alpha.text_mismatches == 0


def test_crlf_text_keeps_character_offsets(split_dir: Path) -> None:
    beta = read_split(split_dir)[1]
    assert "\r\n" in beta.text
    assert beta.text_mismatches == 0
    assert fragments_text(beta.text, beta.relations[0].content) == "“the storm is coming.”"


def test_mismatching_span_text_is_counted(tmp_path: Path) -> None:
    ann = alpha_ann().replace("\tThe mayor", "\tThe Mayor")
    split = write_split(tmp_path / "s", {"alpha_aa.ann": ann}, {"alpha": ALPHA_TEXT})
    assert read_split(split)[0].text_mismatches == 1


def test_relation_without_content_is_counted_not_kept(tmp_path: Path) -> None:
    ann = alpha_ann() + "E9\tAttribution:T4 Source:T1 Cue:T2\n"
    split = write_split(tmp_path / "s", {"alpha_aa.ann": ann}, {"alpha": ALPHA_TEXT})
    document = read_split(split)[0]
    assert (len(document.relations), document.without_content) == (3, 1)


@pytest.mark.parametrize(
    ("bad_line", "cause"),
    [
        ("T20\tSource 5 x\tThe", "bad offsets"),
        ("T20\tSource 9 5\tThe", "ends before it starts"),
        ("T20\tSource 0 9999\tThe", "beyond the text end"),
        ("E20\tAttribution:T4 Source:T99", "T99, which is not defined"),
        ("E20\tAttribution:T4 Source", "an E line needs"),
        ("garbage here", "unexpected line"),
    ],
    ids=["letters", "reversed", "beyond-end", "undefined-ref", "no-colon", "stray-text"],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, bad_line: str, cause: str) -> None:
    ann = t_line("T1", "Source", ALPHA_TEXT, "The mayor") + "\n" + bad_line + "\n"
    split = write_split(tmp_path / "s", {"alpha_aa.ann": ann}, {"alpha": ALPHA_TEXT})
    with pytest.raises(EvaluationError, match=rf"alpha_aa\.ann:2: .*{cause}"):
        read_split(split)


@pytest.mark.parametrize("missing", ["text", "attributions"])
def test_folder_without_subfolder_is_an_error(tmp_path: Path, missing: str) -> None:
    split = write_split(tmp_path / "s", {}, {})
    (split / missing).rmdir()
    with pytest.raises(EvaluationError, match=f"{missing}/ is missing"):
        read_split(split)


def test_limit_and_articles(split_dir: Path) -> None:
    documents = read_split(split_dir, limit=1)
    articles = list(to_articles(documents))
    assert [(a.id, a.text) for a in articles] == [("alpha", ALPHA_TEXT)]


@pytest.mark.data
def test_real_dev_split_is_read_plausibly(shared_data: Path) -> None:
    dev = shared_data / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip(f"{dev} not found")
    documents = read_split(dev)
    relations = sum(len(d.relations) for d in documents)
    assert len(documents) == 84
    assert 1800 <= relations < 2320  # 2,320 over 94 .ann; first .ann per text keeps fewer
    assert sum(d.text_mismatches for d in documents) == 0
    assert all(r.content for d in documents for r in d.relations)
