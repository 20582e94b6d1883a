"""Publishing: figures, findings text, HTML, the annotated text, citation and the data package.

Everything here turns the analysis tables into what a reader sees; nothing here analyses a report.
"""
