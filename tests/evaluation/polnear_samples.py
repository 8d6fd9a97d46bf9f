"""Hand-written PolNeAR gold for the harness tests: two tiny articles and a split writer."""

from __future__ import annotations

from pathlib import Path

ALPHA_TEXT = (
    'The mayor said "the bridge will open soon," adding that "tolls are fair."\n'
    "Critics urged the council\nto wait. It is believed that taxes will rise.\n"
)
BETA_TEXT = "Nothing was said here.\r\nOfficials warned that “the storm is coming.”\n"


def offsets(text: str, phrase: str) -> str:
    """Return ``start end`` of the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return f"{start} {start + len(phrase)}"


def t_line(ident: str, label: str, text: str, *phrases: str) -> str:
    """Return a brat T line for ``phrases`` of ``text`` (several phrases: discontinuous)."""
    spans = ";".join(offsets(text, phrase) for phrase in phrases)
    return f"{ident}\t{label} {spans}\t{' '.join(phrases)}"


def alpha_ann() -> str:
    """Gold of the first article: a discontinuous quote, an appeal, a relation with no source."""
    text = ALPHA_TEXT
    return "\n".join(
        [
            t_line("T1", "Source", text, "The mayor"),
            t_line("T2", "Cue", text, "said"),
            t_line("T3", "Content", text, '"the bridge will open soon,"', '"tolls are fair."'),
            t_line("T4", "Attribution", text, "said"),
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            t_line("T5", "Source", text, "Critics"),
            t_line("T6", "Cue", text, "urged"),
            t_line("T7", "Content", text, "the council\nto wait"),
            t_line("T8", "Attribution", text, "urged"),
            "#1\tAnnotatorNotes T7\tspans a line break",
            "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
            t_line("T9", "Cue", text, "is believed"),
            t_line("T10", "Content", text, "taxes will rise"),
            t_line("T11", "Attribution", text, "is believed"),
            "E3\tAttribution-no-source:T11 Cue:T9 Content:T10 ",
            "",
        ]
    )


def beta_ann() -> str:
    """Gold of the second article, whose text has a CRLF line ending."""
    text = BETA_TEXT
    return "\n".join(
        [
            t_line("T1", "Source", text, "Officials"),
            t_line("T2", "Cue", text, "warned"),
            t_line("T3", "Content", text, "“the storm is coming.”"),
            t_line("T4", "Attribution", text, "warned"),
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        ]
    )


def write_split(root: Path, anns: dict[str, str], texts: dict[str, str]) -> Path:
    """Write a split folder with ``text/`` and ``attributions/``; return it."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for stem, text in texts.items():
        (root / "text" / f"{stem}.txt").write_bytes(text.encode("utf-8"))
    for name, ann in anns.items():
        (root / "attributions" / name).write_bytes(ann.encode("utf-8"))
    return root
