#!/usr/bin/env python3
"""Build a synthetic corpus of ~10,000 chunks honestly from the shipped plans: each copy
is the same plan issued by another agency for another year, with the sentences of every
paragraph shuffled (so copies are not byte-identical and embeddings differ).

    python benchmarks/make_scale_corpus.py OUT_DIR [--copies 96]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AGENCIES = [
    "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Sở Công Thương",
    "Sở Tư pháp", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
    "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu kinh tế",
    "UBND huyện Hòa Thành", "UBND huyện Gò Dầu", "UBND huyện Trảng Bàng", "UBND huyện Châu Thành",
    "UBND huyện Tân Biên", "UBND huyện Tân Châu", "UBND huyện Dương Minh Châu", "UBND huyện Bến Cầu",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Đài Phát thanh - Truyền hình", "Trường Cao đẳng Tây Ninh",
]
ISSUERS = ["Sở Nông nghiệp và PTNT", "Ban Thường vụ Tỉnh đoàn", "Ủy ban nhân dân thành phố",
           "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch"]


def variant(text: str, agency: str, year_shift: int, rng: random.Random) -> str:
    for issuer in ISSUERS:
        text = text.replace(issuer, agency)
    text = re.sub(r"\b(202[0-4])\b", lambda m: str(int(m.group(1)) + year_shift), text)
    out = []
    for para in text.split("\n"):
        sentences = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", para)
        if len(sentences) > 2:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            para = " ".join([head] + rest)
        out.append(para)
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=96, help="copies of each of the 5 plans")
    args = parser.parse_args()
    rng = random.Random(20261123)
    args.out.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    n = 0
    for i in range(args.copies):
        agency = AGENCIES[i % len(AGENCIES)]
        shift = 1 + i // len(AGENCIES)
        for src in sources:
            text = variant(src.read_text(encoding="utf-8"), agency, shift, rng)
            (args.out / f"syn_{i:03d}_{src.stem[:3]}.txt").write_text(text, encoding="utf-8")
            n += 1
    for src in sources:
        (args.out / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {n + len(sources)} documents to {args.out}")


if __name__ == "__main__":
    main()
