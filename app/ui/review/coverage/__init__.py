"""The coverage page: evidence counts by strand and by enquiry question."""
