"""Word's automatic numbering, rendered into the text as Word shows it ("I.", "1.2.", "a)", "-").

A .docx does not store list numbers: a paragraph names a list instance and a level
(`w:numPr`: `w:numId`, `w:ilvl`, directly or through its paragraph style, as headings
numbered by "Heading 1/2" do), and word/numbering.xml says how each level counts and
shows (`w:numFmt` decimal / upperRoman / lowerLetter / bullet …, `w:lvlText` "%1.%2.",
`w:start`, `w:lvlRestart`, `w:isLgl`). A plan whose "I. MỤC ĐÍCH", "1. Văn phòng" and
"a) Báo cáo 6 tháng" come from numbering would lose its outline without them.

docx2python also renders numbering, but only by the level's format with a fixed ")"
("1)", "a)", "--"), ignoring `w:lvlText` ("I.", "%1.%2."), restarts (`w:startOverride`) and
numbering carried by styles; the outline parser (index/structure.py) needs what Word shows.

Counting follows Word: list instances of one abstract list continue one count, unless an
instance restarts a level (`w:lvlOverride/w:startOverride`) when it is first used; a level
restarts whenever a higher level is used (or as `w:lvlRestart` says).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = W + "val"
#: Bullet characters kept as they are; any other bullet (Symbol-font dots, squares,
#: arrows) is shown as "-", the dash Vietnamese plans write by hand.
_KEPT_BULLETS = {"-": "-", "–": "-", "+": "+"}
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
#: Levels a list may have (w:ilvl 0..8).
_LEVELS = 9


@dataclass(frozen=True)
class ListLevel:
    """How one level of a list counts and shows."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    style: str | None = None          # the paragraph style bound to this level
    restart_after: int | None = None  # w:lvlRestart (1-based level; 0 = never)
    legal: bool = False               # w:isLgl: every number shown in decimal


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)          # w:startOverride per level
    levels: dict[int, ListLevel] = field(default_factory=dict)    # a w:lvl redefined per level


def _int(element: etree._Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_VAL, default))
    except ValueError:
        return default


def _level(lvl: etree._Element) -> ListLevel:
    fmt = lvl.find(W + "numFmt")
    text = lvl.find(W + "lvlText")
    style = lvl.find(W + "pStyle")
    restart = lvl.find(W + "lvlRestart")
    legal = lvl.find(W + "isLgl")
    return ListLevel(
        start=_int(lvl.find(W + "start"), 1),
        fmt=fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
        text=text.get(_VAL, "") if text is not None else "",
        style=style.get(_VAL) if style is not None else None,
        restart_after=_int(restart, 0) if restart is not None else None,
        legal=legal is not None and legal.get(_VAL, "1") not in ("0", "false", "off"),
    )


def _levels(parent: etree._Element) -> dict[int, ListLevel]:
    out: dict[int, ListLevel] = {}
    for lvl in parent.iterchildren(W + "lvl"):
        ilvl = _int_attr(lvl, W + "ilvl")
        if ilvl is not None and 0 <= ilvl < _LEVELS:
            out[ilvl] = _level(lvl)
    return out


def _int_attr(element: etree._Element, name: str) -> int | None:
    try:
        return int(element.get(name, ""))
    except ValueError:
        return None


def format_number(value: int, fmt: str) -> str:
    """A counter shown in a w:numFmt: 4 -> "4", "IV", "iv", "d", "D", "04"."""
    if fmt in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = ""
        for amount, digits in _ROMAN:
            while value >= amount:
                roman += digits
                value -= amount
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word's letters: a..z, then aa..zz, aaa..
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)      # decimal, and the formats plans do not use (ordinal, chicago…)


class ListNumbers:
    """The numbers of one document's numbered paragraphs, in reading order: call `label`
    on every paragraph as it is read (the counters advance as Word's do)."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, ListLevel]] = {}
        self._style_link: dict[str, str] = {}           # abstract id -> numbering style id
        self._instances: dict[str, _Instance] = {}
        if numbering is not None:
            for abstract in numbering.iterchildren(W + "abstractNum"):
                aid = abstract.get(W + "abstractNumId", "")
                self._abstract[aid] = _levels(abstract)
                link = abstract.find(W + "numStyleLink")
                if link is not None and link.get(_VAL):
                    self._style_link[aid] = link.get(_VAL)
            for num in numbering.iterchildren(W + "num"):
                ref = num.find(W + "abstractNumId")
                if ref is None:
                    continue
                instance = _Instance(ref.get(_VAL, ""))
                for override in num.iterchildren(W + "lvlOverride"):
                    ilvl = _int_attr(override, W + "ilvl")
                    if ilvl is None:
                        continue
                    start = override.find(W + "startOverride")
                    if start is not None:
                        instance.starts[ilvl] = _int(start, 1)
                    redefined = override.find(W + "lvl")
                    if redefined is not None:
                        instance.levels[ilvl] = _level(redefined)
                self._instances[num.get(W + "numId", "")] = instance
        self._styles = _StyleNumbering(styles)
        self._counters: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self._instances)

    def label(self, paragraph: etree._Element) -> str | None:
        """The number Word shows before `paragraph` ("II.", "2.1.", "b)", "-"), or None;
        advances the list's counters."""
        if not self._instances:
            return None
        ppr = paragraph.find(W + "pPr")
        style_el = ppr.find(W + "pStyle") if ppr is not None else None
        style = style_el.get(_VAL) if style_el is not None else self._styles.default
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = ilvl = None
        if num_pr is not None:
            num_el, ilvl_el = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
            num_id = num_el.get(_VAL) if num_el is not None else None
            ilvl = _int(ilvl_el, 0) if ilvl_el is not None else None
        if num_id is None and style:
            num_id, style_ilvl = self._styles.numbering(style)
            ilvl = ilvl if ilvl is not None else style_ilvl
        instance = self._instances.get(num_id or "")
        if instance is None:        # numId 0 ("no numbering") or a list that is not defined
            return None
        aid = self._resolved(instance.abstract)
        levels = self._abstract.get(aid, {})
        if ilvl is None:            # a style-numbered heading: the level bound to its style (or a base)
            chain = self._styles.chain(style) if style else []
            ilvl = next((i for s in chain for i, lvl in levels.items() if lvl.style == s), 0)
        ilvl = min(max(ilvl, 0), _LEVELS - 1)

        def level(i: int) -> ListLevel:
            return instance.levels.get(i) or levels.get(i) or ListLevel()

        counters = self._counters.setdefault(aid, {})
        if num_id not in self._used:
            self._used.add(num_id)
            for i, start in instance.starts.items():
                counters[i] = start - 1
                for deeper in [k for k in counters if k > i]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level(ilvl).start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = level(deeper).restart_after
            if restart is None or ilvl < restart:
                del counters[deeper]
        own = level(ilvl)
        if own.fmt == "bullet":
            mark = own.text.strip()
            return _KEPT_BULLETS.get(mark, "-") if mark else "-"
        text = own.text
        for i in range(_LEVELS - 1, -1, -1):      # %10 does not exist: %1 last is safe
            token = f"%{i + 1}"
            if token in text:
                shown = counters.get(i, level(i).start)
                text = text.replace(token, format_number(shown, "decimal" if own.legal else level(i).fmt))
        return text.strip() or None

    def _resolved(self, aid: str) -> str:
        """An abstract list defined by a numbering style (w:numStyleLink) is that style's list."""
        seen = set()
        while aid in self._style_link and aid not in seen:
            seen.add(aid)
            num_id, _ = self._styles.numbering(self._style_link[aid])
            instance = self._instances.get(num_id or "")
            if instance is None:
                break
            aid = instance.abstract
        return aid


class _StyleNumbering:
    """Which list (w:numId, w:ilvl) each paragraph style numbers its paragraphs with,
    following w:basedOn."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.default: str | None = None
        self._own: dict[str, tuple[str | None, int | None]] = {}
        self._based_on: dict[str, str] = {}
        self._found: dict[str, tuple[str | None, int | None]] = {}
        if styles is None:
            return
        for style in styles.iterchildren(W + "style"):
            sid = style.get(W + "styleId")
            if not sid:
                continue
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
                self.default = sid
            based = style.find(W + "basedOn")
            if based is not None and based.get(_VAL):
                self._based_on[sid] = based.get(_VAL)
            num_pr = style.find(W + "pPr/" + W + "numPr")
            if num_pr is not None:
                num_el, ilvl_el = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
                self._own[sid] = (num_el.get(_VAL) if num_el is not None else None,
                                  _int(ilvl_el, 0) if ilvl_el is not None else None)

    def chain(self, style: str) -> list[str]:
        """The style and the styles it is based on, nearest first."""
        out: list[str] = []
        current: str | None = style
        while current and current not in out:
            out.append(current)
            current = self._based_on.get(current)
        return out

    def numbering(self, style: str) -> tuple[str | None, int | None]:
        """The (numId, ilvl) a style numbers with, (None, None) when it numbers nothing."""
        if style not in self._found:     # asked for every paragraph: once per style
            self._found[style] = next((self._own[s] for s in self.chain(style) if s in self._own), (None, None))
        return self._found[style]
