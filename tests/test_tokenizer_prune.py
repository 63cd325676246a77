"""The serving tokenizer without non-Latin pieces: the same tokens for Latin-script text."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from tokenizers import AddedToken, Tokenizer, pre_tokenizers, processors
from tokenizers.models import Unigram

from index.tokenizer_prune import prune_tokenizer

PIECES = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("▁hạn", -3.0),
          ("中文", -3.5), ("▁nộp", -3.0), ("▁h", -4.0), ("ạn", -4.5), ("中", -5.0), ("文", -5.0),
          ("ộ", -6.0), ("n", -6.0), ("p", -6.0), ("h", -6.0), ("▁báo", -3.2), ("Ω", -7.0), ("<mask>", 0.0)]


def _tokenizer(path: Path) -> Path:
    tok = Tokenizer(Unigram(PIECES, unk_id=3, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    tok.add_special_tokens([AddedToken(p, special=True, normalized=False)
                            for p in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")])
    tok.save(str(path))
    return path


def test_latin_text_gets_the_same_ids_and_foreign_pieces_are_gone(tmp_path: Path) -> None:
    full_path = _tokenizer(tmp_path / "full.json")
    kept = prune_tokenizer(full_path, tmp_path / "small.json", tmp_path / "ids.npy")
    assert kept == len(PIECES) - 4  # 中文, 中, 文, Ω dropped; every special kept
    full, small = Tokenizer.from_file(str(full_path)), Tokenizer.from_file(str(tmp_path / "small.json"))
    id_map = np.load(tmp_path / "ids.npy")
    for text in ("hạn nộp báo", "hnp hạn", "nộp <mask> hạn"):
        assert id_map[small.encode(text).ids].tolist() == full.encode(text).ids, text
    assert small.get_vocab_size() == kept
    assert "中" not in small.get_vocab() and small.token_to_id("<mask>") == kept - 1
    assert id_map[small.token_to_id("<mask>")] == full.token_to_id("<mask>")
    # Outside the kept scripts: unknown, where the full vocabulary had pieces.
    assert small.encode("中文").ids[1:-1] != [] and 3 in small.encode("中文").ids
