"""Reading reports in (`readers`) and writing briefs out (`writers`)."""
