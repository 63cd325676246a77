"""What the blind-set generators share: the Nghị định 30/2020 layout of a plan (nd30_layout for
Word, nd30_pdf for PDF and scans) and the making of a question set (question_sets). A generator
keeps only its own text."""
