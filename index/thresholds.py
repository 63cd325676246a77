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
#: named too ("sở xây dựng" beats a bare "sở", two full names of equal length both count).
ALIAS_LENGTH_SHARE = 0.75

# -- agencies a question names (index/agency_mentions.py) -----------------------------------

#: A mention at least this similar (rapidfuzz ratio, 0..1) to a run of as many words of a
#: known name is that name misspelt; below it, another agency ("huyen duc son" against
#: "huyen duc phong" is 0.86: one syllable of a place tells two districts apart). One
#: letter wrong in a three-word name is about 0.92.
KNOWN_NAME_MIN_RATIO = 0.9

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

# -- duties as answers (index/duties.py, index/duty_groups.py, index/channels.py) --------
# A duty's score is its words' overlap with the question (0..2) plus these preferences;
# each weight is set by hand against that scale: a slot the question fills (report kind,
# unit, recipient, plan, year) moves a duty by less than a full overlap, so no slot alone
# outweighs what the duty says.

#: Weight of the report kind the question names (+1 the same report, -1 another).
REPORT_KIND_WEIGHT = 0.6
#: The match of a named kind other than the periodic reports ("hội nghị", "kế hoạch")
#: whose words the duty does not say: less sure a mismatch than another report's period.
KIND_WORDS_MISSING = -0.5
#: The match of a named kind the duty's task does not say but its own clause does ("tổ chức
#: hội nghị đối thoại … trước ngày 30/9" read as another task): likely that event, below one
#: whose task names it.
CLAUSE_KIND_MATCH = 0.5
#: Weight of the share of the duty's unit the question names.
NAMED_UNIT_WEIGHT = 0.3
#: Weight of the share of the recipient the question names ("… gửi Sở X") that the duty's
#: addressee says (a preference for the duties sent there).
NAMED_RECIPIENT_WEIGHT = 0.7
#: Taken off a duty addressed to another agency than the one the question names ("… gửi
#: Sở X" and a duty sent to the plan's own office): below a duty whose addressee is unwritten.
OTHER_RECIPIENT_PENALTY = 0.3
#: Taken off a group duty ("Các phòng", "Các chi nhánh") when the question names the plan's
#: agency and none of the group's kinds: the agency's own duty, not its sub-units', is asked.
SUBUNIT_GROUP_PENALTY = 0.2
#: Weight of the duty's addressee words the question says, when it names no recipient.
RECIPIENT_WORDS_WEIGHT = 0.3
#: Weight of the asker's own unit (registered with /donvi, or "em ở …") matching the duty's.
ASKER_UNIT_WEIGHT = 0.6
#: Prior of a duty by the rank of its plan's best passage: this over (1 + rank).
PLAN_RANK_PRIOR = 0.25
#: The fused hits whose plans' ranks give that prior.
DUTY_RANK_HITS = 10
#: Bonus of a duty of a plan the question names.
NAMED_PLAN_DUTY_BONUS = 0.3
#: Bonus of a duty of a plan of a year the question names (a preference, never a filter).
ASKED_YEAR_BONUS = 0.2
#: Most the newest plan gains over the oldest (scaled by year): it wins ties only.
NEWEST_PLAN_BONUS = 0.05
#: Bonus of a duty with a date over an undated one (deadline questions want a date).
DATED_DUTY_BONUS = 0.1
#: Bonus of a duty whose deadline counts days from an event ("trong 07 ngày làm việc sau hội
#: nghị") when the question asks how many days ("mấy ngày"): the length asked, over the
#: event's own date. As much as a named report kind's preference (REPORT_KIND_WEIGHT / 2).
DURATION_MATCH = 0.3
#: Share of a duty's word overlap taken from its own fields and clause (what it is, who does
#: it, the clause dating it) rather than all its text: the sentence it was read from also
#: holds its neighbours' words. A share, not an added weight: the score keeps the scale the
#: decision (index/data/decision.json) was fitted on.
OWN_FIELDS_SHARE = 0.3
#: A dated duty ranks this far above an undated sentence of its plan naming the same task
#: (a table row with its deadline and the prose that mentions the deliverable again).
DATED_TWIN_LEAD = 0.05
#: How well a report handed in through an intermediary ("UBND tỉnh (qua Sở Nội vụ)") matches
#: a question naming the intermediary: it goes there, but below one addressed to it.
VIA_MATCH = 0.75
#: Bonus of a duty whose recipient names a channel (e-mail, system; half for "qua <agency>")
#: when the question asks through what it is sent.
CHANNEL_MATCH = 0.3
#: How fully a "qua <agency>" intermediary names a channel (where to hand it, not how),
#: against 1 for an e-mail address, a system or a copy's form.
INTERMEDIARY_CHANNEL = 0.5
#: How well a group duty ("Các khoa, phòng") matches a unit of its kind the question names
#: ("khoa Kế toán"): it applies, but below the unit's own duties (named by name: share 1).
GROUP_MATCH = 0.6
#: Least share of a duty's unit words ("các khoa, phòng, Trạm Y tế") a list question must
#: name for its list to keep that unit's duties only.
NAMED_UNIT_SHARE = 1 / 3
#: Share of a unit's words that is always enough to count as named (half), even when the
#: best-named unit of the plan is named more fully.
ENOUGH_UNIT_SHARE = 0.5
#: A list for the asker's unit keeps the duties whose unit matches it at least this much.
ASKER_UNIT_SHARE = 0.5
#: A list for a named recipient keeps the duties sent to all of it or handed in there on
#: their way to another addressee ("UBND thành phố (qua Phòng Nội vụ)": VIA_MATCH).
LISTED_RECIPIENT_MATCH = VIA_MATCH
#: A yes/no question naming a recipient holds for the duties sent to all of it.
WHOLE_RECIPIENT = 1.0
#: Duties (and the named plans' best duty) within this share of the best score are answered.
CLOSE_TO_BEST_SHARE = 0.8
#: A second duty of the same plan is answered too when the question names one plan and
#: no report, and it scores this close to the best.
SAME_PLAN_SECOND_SHARE = 0.95
#: Share of the shorter task's words the longer must say for two duties of one plan and
#: date to be one duty read twice (a body sentence and its appendix row word it apart).
SAME_TASK_SHARE = 0.5

# -- the answer's composer (index/answers.py) ----------------------------------------------

#: A "when" question answered by a sentence without any date keeps this share of its score.
DATELESS_WHEN_SHARE = 0.5
#: Duties answer a question rather than the best sentence when their words cover it at
#: least this share as well as the sentence does (duties carry the date and addressee).
DUTY_OVER_SENTENCE_SHARE = 0.75
#: Share of a window question's other focus terms its deadlines must say (the window
#: filters deadlines; a question about a kind of deadline no plan holds is refused).
WINDOW_COVERAGE = 0.5

# -- the decision's inputs (index/answer_features.py) --------------------------------------

#: The candidate's own score is clipped here before the decision reads it (a duty's score
#: has no upper bound); decision.json is fitted on clipped values, so a change here needs
#: `python scripts/fit_decision.py` again.
CANDIDATE_SCORE_CAP = 3.0
#: An unknown-agency share (index/known_agencies.py, mean over the question's mentions) from
#: which the question names a body the plans do not know: a plan named only through its
#: managing body or its place is then not taken as the one asked about (plan_agrees 0).
#: Half: one of two mentions wholly unknown; a known name misspelt scores well under it
#: (1 - KNOWN_NAME_MIN_RATIO). Set by the decision refit of 2026-12-02 (scripts/fit_decision.py).
NAMES_UNKNOWN_AGENCY = 0.5

# -- reading files (index/reading*.py, index/formats.py, index/ocr*.py) ---------------------

#: A sample with NUL bytes may be text (UTF-16 without a BOM) only when NULs are between
#: these shares of it: text of mostly Latin letters has a NUL in about every other byte.
UTF16_NUL_SHARE = (0.3, 0.7)
#: UTF-16 without a byte-order mark is recognised when more than this share of one byte
#: of each pair is NUL (Latin-script text) and none of the other.
UTF16_LATIN_NUL_SHARE = 0.9
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
#: A gap between two words of one scanned line wider than this many times the line's height
#: is the space between two columns (a letterhead's left and right halves, a signature beside
#: "Nơi nhận"): such a line is a row of its own, never part of a paragraph. A word space is
#: about a third of the height; the letterheads of tests/data/reading p48/p49 and the OCR
#: benchmark pages show column gaps of 4-12 heights.
COLUMN_GAP_HEIGHTS = 2.5
#: Mean OCR confidence from which a reading is called "high" in the admin's reply (the
#: fitted `low_confidence` of ocr_thresholds.json separates "fair" from "low").
HIGH_OCR_CONFIDENCE = 90.0
#: Tesseract's orientation detector (index/ocr_orientation.py) turns a page only at this
#: orientation confidence or more (set by hand: rendered plan pages turned 90°, 180° and
#: 270°, skewed up to 4°, measured 4.7-20.6; a straight page is never turned, as the
#: detector then says 0°; Tesseract's own examples treat confidence under ~2 as a guess).
OSD_MIN_CONFIDENCE = 2.0
#: Long side (pixels) of the copy the detector reads: it needs letters, not detail, and
#: at 1200 px it named every turn of those pages correctly in about 1 s of a core.
OSD_LONG_SIDE = 1200
