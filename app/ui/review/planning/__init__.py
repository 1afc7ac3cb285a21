"""The planning page: focus and enquiry questions, the team, and the timetable with its
activity dialog."""
