"""The quantities stage (moved into a package; split into modules in the next commit)."""

from govreport.quantities.table import *  # noqa: F403
from govreport.quantities.table import (  # noqa: F401
    AUDIT_COLUMNS,
    COLUMNS,
    audit_numerals,
    audit_summary,
    extract_quantities,
    load_rules,
    read_number,
    read_report_quantities,
)
