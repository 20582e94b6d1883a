"""govreport: reproducible analysis of Chinese government work reports (政府工作报告).

The pipeline, one module per stage (see ``DESIGN.md``):

``report`` (decode, clean, structure) -> ``tokens`` (jieba segmentation) -> words and themes
-> quantities -> targets -> feasibility -> ``figures`` (files with stable IDs) -> the book.
"""

__version__ = "0.1.0"
