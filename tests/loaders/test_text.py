"""Tests for the plain-text article loader: header parsing, normalisation and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import ArticleParseError, LoaderError
from newsgraph.loaders.text import (
    iter_article_files,
    load_paths,
    parse_article_text,
    parse_date,
    read_text_article,
)

BODY = "Officials met on Monday. They agreed on nothing.\nA second paragraph follows."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("August 4, 2025", date(2025, 8, 4)),
        ("Aug 4, 2025", date(2025, 8, 4)),
        ("Aug. 4, 2025", date(2025, 8, 4)),
        ("4 August 2025", date(2025, 8, 4)),
        ("2025-08-04", date(2025, 8, 4)),
        ("August 4 2025", date(2025, 8, 4)),
        ("  August 4, 2025.  ", date(2025, 8, 4)),
    ],
)
def test_parse_date_accepts_the_header_formats(line: str, expected: date) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize("line", ["In a rare move", "2025", "August 32, 2025", ""])
def test_parse_date_rejects_non_dates(line: str) -> None:
    assert parse_date(line) is None


def test_dateline_and_byline_are_removed_from_the_text() -> None:
    article = parse_article_text(f"August 4, 2025\nBy Jane Roe\n{BODY}\n", source="a.txt")
    assert article.date == date(2025, 8, 4)
    assert article.author == "Jane Roe"
    assert article.text == BODY
    assert article.source == "a.txt"


def test_dateline_without_byline_keeps_the_first_body_line() -> None:
    article = parse_article_text(f"2025-08-04\n\n{BODY}")
    assert (article.date, article.author) == (date(2025, 8, 4), None)
    assert article.text == BODY


def test_plain_text_without_header_is_all_body_with_title_from_first_sentence() -> None:
    article = parse_article_text(BODY)
    assert (article.date, article.author) == (None, None)
    assert article.text == BODY
    assert article.title == "Officials met on Monday."


def test_byline_without_date_is_body_text() -> None:
    article = parse_article_text(f"By the river, people gathered.\n{BODY}")
    assert article.author is None
    assert article.text.startswith("By the river")


def test_long_first_sentence_title_is_cut_at_a_word_boundary() -> None:
    sentence = " ".join(["word"] * 40) + "."
    title = parse_article_text(sentence).title
    assert title.endswith("\u2026")
    assert len(title) <= 91
    assert title[:-1].split() == ["word"] * len(title[:-1].split())


def test_crlf_and_cr_line_endings_are_normalised() -> None:
    article = parse_article_text(
        "August 4, 2025\r\nBy Jane Roe\r\nFirst line.\r\nSecond line.\rThird."
    )
    assert article.author == "Jane Roe"
    assert article.text == "First line.\nSecond line.\nThird."
    assert "\r" not in article.text


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bom.txt", "\ufeffAugust 4, 2025\nBy Jane Roe\nBody text here.".encode("utf-8")
    )
    article = read_text_article(path)
    assert article.date == date(2025, 8, 4)
    assert article.text == "Body text here."


def test_crlf_file_gives_the_same_article_as_lf(tmp_path: Path) -> None:
    lf = read_text_article(write(tmp_path / "lf.txt", "August 4, 2025\nBy A B\nOne.\nTwo."))
    crlf = read_text_article(
        write(tmp_path / "crlf.txt", "August 4, 2025\r\nBy A B\r\nOne.\r\nTwo.\r\n")
    )
    assert (crlf.text, crlf.id, crlf.date, crlf.author) == (lf.text, lf.id, lf.date, lf.author)


@pytest.mark.parametrize(
    "content",
    ["", "\n\n  \n", "August 4, 2025\n", "August 4, 2025\nBy Jane Roe\n\n"],
    ids=["empty", "blank", "date-only", "header-only"],
)
def test_file_without_body_raises_parse_error_naming_the_file(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "hollow.txt", content)
    with pytest.raises(ArticleParseError) as info:
        read_text_article(path)
    assert info.value.source == str(path)
    assert str(path) in str(info.value)


def test_non_utf8_bytes_raise_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "latin1.txt", "First line.\nSecond line.\nCaf\u00e9 here.\n".encode("latin-1")
    )
    with pytest.raises(ArticleParseError) as info:
        read_text_article(path)
    assert info.value.line == 3
    assert f"{path}:3" in str(info.value)
    assert "0xe9" in str(info.value)


def test_missing_file_raises_loader_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(LoaderError, match=r"nope\.txt"):
        read_text_article(missing)
    with pytest.raises(LoaderError, match=r"nope\.txt: no such file"):
        list(load_paths([missing]))


def test_empty_folder_raises_loader_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    write(folder / "notes.md", "not an article")
    with pytest.raises(LoaderError, match=str(folder)):
        list(iter_article_files([folder]))


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "c.txt", "skip.md"):
        write(tmp_path / name, f"Text of {name} here.")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert found == ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]


def test_files_and_folders_mix_in_the_given_order(tmp_path: Path) -> None:
    single = write(tmp_path / "single.txt", "One article here.")
    write(tmp_path / "dir" / "x.txt", "Another article here.")
    found = list(iter_article_files([tmp_path / "dir", single]))
    assert found == [tmp_path / "dir" / "x.txt", single]


def test_load_paths_reads_every_article(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "August 4, 2025\nBy A B\nFirst article.")
    write(tmp_path / "2.txt", "Second article.")
    articles = list(load_paths([tmp_path]))
    assert [a.text for a in articles] == ["First article.", "Second article."]
    assert articles[0].source == str(tmp_path / "1.txt")


def test_article_id_is_stable_for_the_same_text(tmp_path: Path) -> None:
    first = read_text_article(write(tmp_path / "one.txt", BODY))
    again = read_text_article(write(tmp_path / "two.txt", BODY))
    assert first.id == again.id == parse_article_text(BODY).id
    assert len(first.id) == 16


def test_article_id_differs_for_different_text() -> None:
    assert parse_article_text(BODY).id != parse_article_text(BODY + " One more.").id


def test_article_id_comes_from_the_url_when_given() -> None:
    one = parse_article_text(BODY, url="https://example.org/a")
    other = parse_article_text(BODY + " Edited.", url="https://example.org/a")
    assert one.id == other.id != parse_article_text(BODY).id


def test_title_stops_at_the_end_of_the_first_line() -> None:
    article = parse_article_text("Leaders urged to act\nOfficials wrote a letter. More followed.")
    assert article.title == "Leaders urged to act"
