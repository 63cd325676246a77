"""How a duty's addressee matches the recipient a question names ("… gửi Sở X"): the
share of the name the addressee says, an intermediary it is handed in at ("(qua Văn
phòng)"), and whether a duty names an addressee at all."""
from __future__ import annotations

import re

from .agency_mentions import head_words
from .duty_groups import synonym_folded
from .rows import ObligationRow
from .thresholds import VIA_MATCH
from .vietnamese import STOPWORDS


def recipient_match(ob: ObligationRow, recipient: str) -> float:
    """Share of the named recipient's words that the duty's addressee says. An addressee
    named by its head alone ("gửi về Sở (qua Văn phòng)") is the plan's own issuer."""
    wanted = [w for w in recipient.split() if w != "va"]
    own = synonym_folded((ob.to_whom or "").split("(")[0]).split()
    issuer = synonym_folded(ob.issuer or "").split()
    bare = bool(own) and all(w in head_words() or w in STOPWORDS for w in own)
    said = own + issuer if bare else own
    if not wanted:
        return 0.0
    share = sum(1 for w in wanted if w in said) / len(wanted)
    # "Sở Y tế" is not "Trung tâm Y tế": a name sharing the domain words under another head
    # is another agency; nor is "Cục Hải quan" the "Chi cục Hải quan …" whose name holds its words
    if wanted[0] in head_words() and not (_starts_a_name(wanted, own) or (bare and _starts_a_name(wanted, issuer))):
        share /= 2
    # "gửi UBND tỉnh (qua Sở Nội vụ)": the report is handed in at the intermediary, as when
    # the addressee is written without brackets ("UBND tỉnh qua Sở Nội vụ")
    via = re.search(r"\(\s*qua\s+([^)]*)\)", ob.to_whom or "")
    if via and share < 1.0:
        said = synonym_folded(via.group(1)).split()
        if _starts_a_name(wanted, said) or (wanted[0] not in head_words() and all(w in said for w in wanted)):
            return max(share, VIA_MATCH)
    return share


def addressed(ob: ObligationRow) -> bool:
    """Whether the duty names an agency it is sent to (not only a channel: "email: …")."""
    return any(w in head_words() for w in synonym_folded((ob.to_whom or "").split("(")[0]).split())


def _starts_a_name(wanted: list[str], said: list[str]) -> bool:
    """Whether `said` holds the words of `wanted` in a row, not right after another head
    word (which would make them the tail of a longer head: "chi" + "cục hải quan")."""
    n = len(wanted)
    return any(said[j:j + n] == wanted and (j == 0 or said[j - 1] not in head_words())
               for j in range(len(said) - n + 1))
