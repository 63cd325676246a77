"""Everything but Telegram: reading plans, the index, questions, answers and reminders."""
