"""govreport: reproducible analysis of Chinese government work reports (政府工作报告).

The stages, in the order a report flows through them (one module each, see ``DESIGN.md``):

1. ``report``: decode, strip debris (keeping an offset map), parts > sections > sentences
2. ``tokens``: jieba with the package lexicon (``lexicon/``), parts view of long names
3. ``words``: frequencies, keywords, keyness; ``themes``: policy attention; ``slogans``: 提法
4. ``quantities`` (rules, numeral_runs, context, table): every number, and the audit
5. ``targets``: plan-year targets and their baselines; ``feasibility``: ratings, checks, ladder
6. ``corpus``: every corpus report through the stages; ``trends``: national series, term history

Around them: ``config`` (where files are; nothing read at import), ``numerals``, ``datafiles``,
``errors``, ``dictionary`` (user-dictionary discovery), ``segmentation_eval``, ``pipeline``
(``govreport build``), ``cli``; and ``publish/`` (figures, findings, tables, html, annotated
text, PDF, citation, data package, ``govreport book``), which turns tables into what a reader
sees and analyses nothing.
"""

__version__ = "0.1.0"
