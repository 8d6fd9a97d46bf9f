"""CAMEO event codes for statements (01x), appeals (02x) and requested events.

Codes are chosen from the cue verb and the words of the content or requested action, most
specific first: an appeal for a ceasefire in exchange for hostages is 0256 (de-escalation)
before 0253 (release of persons). When nothing clearly matches, the residual code of the root
is used (010 for statements, 020 for appeals), as CAMEO's coding rules prescribe.
"""

from __future__ import annotations

import re

__all__ = ["appeal_code", "event_codes", "statement_code"]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


_RELEASE = _rx(
    r"(?:release|free|freeing|return)\w* (?:\w+ ){0,4}"
    r"(?:hostages?|prisoners?|detainees?|captives?|journalists?|reporters?|people|persons"
    r"|workers|activists|protesters|dissidents|students|soldiers|civilians|citizens|nationals"
    r"|crew|sailors|children)\b",
    r"(?:release|free|freeing)\w* (?:\w+ ){0,2}"
    r"(?:detained|jailed|imprisoned|abducted|kidnapped|captured|arrested|held)\b",
)

_APPEAL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "0256",
        _rx(
            r"cease-?fires?",
            r"truce",
            r"de-?escalat",
            r"armistice",
            r"halt (?:the )?(?:fighting|attacks|strikes|offensive|war)",
            r"stop (?:the )?(?:fighting|war|attacks|bombing)",
            r"end (?:the )?(?:war|fighting|hostilities)",
            r"withdraw (?:troops|forces)",
        ),
    ),
    ("0253", _RELEASE),
    ("028", _rx(r"mediat")),
    (
        "027",
        _rx(
            r"settle (?:the |their )?(?:dispute|conflict|differences)",
            r"resolve (?:the |their )?(?:dispute|conflict)",
        ),
    ),
    (
        "026",
        _rx(
            r"negotiat",
            r"talks\b",
            r"to meet\b",
            r"dialogue",
            r"sit down with",
            r"come to the table",
        ),
    ),
    ("0241", _rx(r"resign", r"step down", r"stand down", r"quit (?:his|her|their) post")),
    ("0254", _rx(r"(?:lift|ease|end|remove)\w* (?:\w+ ){0,3}(?:sanctions|embargo|boycott)")),
    ("0233", _rx(r"humanitarian (?:aid|assistance|relief)", r"food aid")),
    ("0232", _rx(r"military (?:aid|assistance)", r"weapons", r"arms\b")),
    ("0231", _rx(r"economic (?:aid|assistance)", r"financial (?:aid|assistance)", r"bail-?out")),
    ("0243", _rx(r"\brights\b")),
    ("0234", _rx(r"peacekeep")),
    ("024", _rx(r"\breforms?\b")),
)

_STATEMENT_BY_CUE = {
    "warn": "012",
    "fear": "012",
    "lament": "012",
    "caution": "012",
    "worry": "012",
    "hope": "013",
    "welcome": "013",
    "deny": "016",
    "sympathize": "018",
    "sympathise": "018",
    "condole": "018",
    "mourn": "018",
    "agree": "019",
    "concur": "019",
    "endorse": "019",
}
#: The attitude a statement voices ("expressed concern"), coded like a cue of that mood.
_STATEMENT_BY_ATTITUDE = {
    **dict.fromkeys(
        "concern doubt fear alarm dismay frustration skepticism scepticism regret worry".split(),
        "012",
    ),
    **dict.fromkeys("optimism confidence hope".split(), "013"),
    **dict.fromkeys("condolence sympathy solidarity".split(), "018"),
    **dict.fromkeys("support agreement approval".split(), "019"),
}
_DECLINE = _rx(r"declin\w* to comment|no comment|refus\w* to comment")
_OPTIMISTIC = _rx(r"optimistic|confident that|hopeful")
_PESSIMISTIC = _rx(r"pessimistic|gloomy|grim outlook")

_EVENT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("0871", _rx(r"cease-?fires?|truce|armistice")),
    ("0841", _RELEASE),
    ("036", _rx(r"negotiat|talks\b|to meet\b")),
)


def appeal_code(action_text: str) -> str:
    """Return the CAMEO 02x code for an appeal whose requested action reads ``action_text``.

    Example:
        >>> appeal_code("agree to a ceasefire in exchange for the release of hostages")
        '0256'
        >>> appeal_code("release the detained journalists")
        '0253'
        >>> appeal_code("vote for the bill")
        '020'
    """
    for code, pattern in _APPEAL_RULES:
        if pattern.search(action_text):
            return code
    return "020"


def statement_code(cue_lemma: str, content_text: str) -> str:
    """Return the CAMEO 01x code for a statement from its cue lemma and content.

    ``cue_lemma`` may be the attitude a statement voices ("concern" in "expressed concern").

    Example:
        >>> statement_code("warn", "prices will rise")
        '012'
        >>> statement_code("say", "the talks went well")
        '010'
    """
    if _DECLINE.search(content_text) or cue_lemma == "decline":
        return "011"
    if cue_lemma in _STATEMENT_BY_CUE:
        return _STATEMENT_BY_CUE[cue_lemma]
    if cue_lemma in _STATEMENT_BY_ATTITUDE:
        return _STATEMENT_BY_ATTITUDE[cue_lemma]
    if _PESSIMISTIC.search(content_text):
        return "012"
    if _OPTIMISTIC.search(content_text):
        return "013"
    return "010"


def event_codes(text: str) -> tuple[str, ...]:
    """Return CAMEO codes for a requested event described by ``text`` (possibly none).

    Example:
        >>> event_codes("a ceasefire in Gaza in exchange for the release of hostages")
        ('0841', '0871')
    """
    return tuple(sorted(code for code, pattern in _EVENT_RULES if pattern.search(text)))
