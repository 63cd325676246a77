"""Every hand-set score, ratio and distance cut-off of the product, in one place.

Fitted values are not here: the answerability model and its two thresholds are in
index/data/decision.json (fitted by scripts/fit_decision.py), the OCR page and number
confidences in index/data/ocr_thresholds.json (scripts/fit_ocr_thresholds.py). What is
here was set by hand; each comment says what the value does and why it is what it is.
Size limits of the reader's layout rules (how long a heading, a header cell or a unit's
name can be, in characters, words or lines) are named next to the rule that uses them.

Each stage imports what it uses, so `grep -n NAME index/` finds the one place a value
acts. Changing one changes answers: score `scripts/eval_questions.py --set dev` before
and after (figures only on the test sets).
"""
from __future__ import annotations

# -- retrieval: candidates and rank fusion (index/search.py, index/retrieval.py) ----------

#: Reciprocal-rank-fusion constant (Cormack et al. use 60; small corpora like smaller).
RRF_K = 30
#: Candidates each ranking (lexical, dense) contributes before fusion.
CANDIDATES = 40
#: Dense candidates drawn from the named plans alone, merged into the dense ranking so a
#: named plan's passages compete even when the whole-corpus ranking misses them.
PINNED_DENSE_CANDIDATES = 20
#: Fused-score bonus of a passage from a plan the question names (a preference, not a
#: filter): half of what the top rank of one ranking is worth.
NAMED_PLAN_BONUS = 0.5 / (RRF_K + 1)
#: Fused hits whose plans' deadlines are compared for the answer.
DEADLINE_HITS = 30
#: Fused hits handed to answer composition as "the top" (sources, passage prior).
TOP_HITS = 8
#: The best hits whose plans' every passage competes for the answer.
FOCUS_HITS = 5
#: A question naming more plans than this names none in particular (a generic alias such
#: as "sở" matches many): their passages do not all compete.
MAX_FOCUS_PLANS = 5

# -- typo tolerance (index/typos.py) -------------------------------------------------------

#: Shorter tokens are left alone: abbreviations ("snn", "tdc") and short syllables collide.
TYPO_MIN_LENGTH = 4
#: A token the corpus never uses is corrected only to a word this many edits away (one:
#: a letter dropped, added, replaced or two neighbours swapped); set by hand: two edits
#: reach too many other syllables of the same length.
TYPO_MAX_EDITS = 1
#: Corpus words one edit away that are compared (by pair and frequency) for a correction.
TYPO_CANDIDATES = 20

# -- which plans a question names (index/aliases.py) --------------------------------------

#: Plans named by an alias at least this share as long as the longest alias matched are
#: named too ("sở tư pháp" beats a bare "sở", two full names of equal length both count).
ALIAS_LENGTH_SHARE = 0.75

# -- answer evidence (index/answer_context.py) -------------------------------------------

#: Weight of two-word phrases against single words in the coverage features (set by
#: hand: a plain mean of the two; the decision model weighs the features themselves).
PHRASE_COVERAGE_SHARE = 0.5

# -- the best sentence of a passage (index/passages.py) -----------------------------------

#: Prior of a passage by its fused rank: this over (1 + rank), so retrieval breaks ties
#: between sentences that cover the question equally, without outweighing coverage.
HIT_RANK_PRIOR = 0.2
#: Weight of the words a sentence shares with the question only through its heading.
HEADING_OVERLAP_WEIGHT = 0.5
#: Bonus of a passage under a heading the question names ("Văn phòng có nhiệm vụ gì").
NAMED_HEADING_BONUS = 0.4
#: Bonus of a sentence that says a date (for "when") or where a report goes (for "to").
INTENT_SENTENCE_BONUS = 0.15
#: Penalty of the closing section, which restates the plan's title and answers nothing.
CLOSING_SECTION_PENALTY = 0.3
#: A second sentence of the same passage is added when it scores at least this share of
#: the best one (two halves of one duty split by a full stop).
SECOND_SENTENCE_SHARE = 0.85
#: The runner-up sentences looked at for that second sentence.
SECOND_SENTENCE_CANDIDATES = 3
#: A heading segment counts as named by the question from this share of its two-word
#: phrases asked.
NAMED_SEGMENT_SHARE = 0.3
#: A heading of more words than this is a sentence, not a name a question repeats.
MAX_NAMED_SEGMENT_WORDS = 10
#: A heading of at most this many words can be named whole for NAMED_HEADING_BONUS.
MAX_NAMED_HEADING_WORDS = 6
#: A clause run up to this multiple of the sentence length is shown whole, else cut.
CLAUSE_RUN_SLACK = 1.5

# -- reading files (index/reading*.py, index/ocr*.py) --------------------------------------

#: A sample with NUL bytes may be text (UTF-16 without a BOM) only when NULs are between
#: these shares of it: text of mostly Latin letters has a NUL in about every other byte.
UTF16_NUL_SHARE = (0.3, 0.7)
#: A byte sample with more than this share of control bytes is a binary, not text.
BINARY_CONTROL_SHARE = 0.05
#: Decoded text with more than this share of control or unassigned characters is a
#: renamed binary (real plans have none beyond tabs and line breaks).
TEXT_CONTROL_SHARE = 0.02
#: A block of a web page marked as furniture by its class or id (menu, sidebar, share...)
#: is dropped only while it holds less than this share of the page's text: a content
#: wrapper whose class says "has-sidebar" holds most of it and stays (index/reading_html.py).
DEBRIS_MAX_TEXT_SHARE = 0.5
#: An OCR token is read as a number (lookalike letters fixed) from this share of digits:
#: `Il.` or `I.-I` are headings and debris.
NUMBER_DIGIT_SHARE = 0.5
#: The text's left and right margins on a scanned page: these percentiles of the lines'
#: ends, so a stray mark in the margin moves neither.
MARGIN_PERCENTILES = (0.1, 0.9)
#: A line whose right end falls short of the text's right margin by more than this share
#: of the text width ends its paragraph (a wrapped line loses at most one long word).
SHORT_LINE_SHARE = 0.15
#: A line indented by more than this share of the text width on both sides is centred.
CENTRED_SHARE = 0.08
#: Mean OCR confidence from which a reading is called "high" in the admin's reply (the
#: fitted `low_confidence` of ocr_thresholds.json separates "fair" from "low").
HIGH_OCR_CONFIDENCE = 90.0
