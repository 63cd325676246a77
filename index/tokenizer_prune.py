"""A smaller copy of e5's tokenizer for serving: only the pieces Latin-script text can use.

multilingual-e5-small's SentencePiece vocabulary has 250,002 pieces for a hundred
languages; loaded by `tokenizers` it holds ~280 MB of a serving process (measured here),
more than the int8 model itself. A Unigram tokenizer only ever considers pieces that are
substrings of the (normalised) input, so dropping every piece that contains a character
outside a set of scripts changes nothing for text written in those scripts: same
pieces, same scores, same best segmentation. Characters outside the set become `<unk>`
(in the full vocabulary they would get their own pieces); Vietnamese plans and questions
are Latin script with punctuation and symbols, all kept.

The kept pieces get new consecutive ids; `token_ids.npy` maps them back to the model's
ids, applied before the ONNX graph runs.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

#: Unicode ranges whose characters a kept piece may contain: Latin (Basic, Latin-1,
#: Extended-A/B, Extended Additional with the Vietnamese letters), combining marks,
#: punctuation, currency, letterlike, number forms, arrows, mathematical operators,
#: box drawing and geometric shapes (the bullets of administrative documents),
#: dingbats (check marks), and SentencePiece's word marker.
KEPT_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x22FF), (0x2500, 0x25FF),
    (0x2700, 0x27BF),
)
WORD_MARKER = "\u2581"
ID_MAP_FILE = "token_ids.npy"


def _kept(piece: str) -> bool:
    return all(ch == WORD_MARKER or any(lo <= ord(ch) <= hi for lo, hi in KEPT_RANGES) for ch in piece)


def prune_tokenizer(source: Path, target: Path, id_map_path: Path) -> int:
    """Write to `target` the Unigram `tokenizer.json` at `source` without the pieces
    outside KEPT_RANGES, and to `id_map_path` the int64 array new id -> original id.
    Special tokens are always kept. Returns how many pieces were kept."""
    config = json.loads(Path(source).read_text(encoding="utf-8"))
    model = config["model"]
    if model.get("type") != "Unigram":
        raise ValueError(f"expected a Unigram tokenizer, got {model.get('type')!r}")
    specials = {t["content"] for t in config.get("added_tokens", [])}
    keep = [i for i, (piece, _) in enumerate(model["vocab"]) if piece in specials or _kept(piece)]
    new_id = {old: new for new, old in enumerate(keep)}
    model["vocab"] = [model["vocab"][i] for i in keep]
    if model.get("unk_id") is not None:
        model["unk_id"] = new_id[model["unk_id"]]
    for token in config.get("added_tokens", []):
        token["id"] = new_id[token["id"]]
    post = config.get("post_processor") or {}
    for special in (post.get("special_tokens") or {}).values():
        special["ids"] = [new_id[i] for i in special["ids"]]
    Path(target).write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    with open(id_map_path, "wb") as handle:
        np.save(handle, np.asarray(keep, dtype=np.int64))
    return len(keep)
